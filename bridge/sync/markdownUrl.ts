/**
 * A URL written so Markdown reads it whole inside a link's `(...)`: surrounding space and the
 * tabs and newlines a browser would ignore dropped; spaces, parentheses, angle brackets,
 * backslashes and control characters percent-encoded (so nothing ends the link early or
 * starts a title); an `&` that would be read as an HTML entity escaped. Whether the URL may be
 * linked at all is isSafeUrl's decision, made before.
 */
export const markdownUrl = (url: string): string =>
  url
    .trim()
    .replace(/[\t\n\r]/g, '')
    .replace(/[\s()<>\\\u0000-\u001f\u007f]/g, (c) =>
      c.charCodeAt(0) < 0x80
        ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
        : encodeURIComponent(c),
    )
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
