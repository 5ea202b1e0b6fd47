// The one decision on which URLs Space lets through: save validation (rich-text links, the URL
// fields), the public site's hrefs and the Markdown sent to the forum all ask this function.
// An allow-list, not a block-list: `javascript:`, `data:`, `vbscript:`, `file:` and every scheme
// not named here are refused, however they are cased or padded.

/** `link`: rich-text links (http, https, mailto or relative); `web`: absolute http(s) only. */
export type UrlKind = 'link' | 'web'

const SCHEMES: Record<UrlKind, readonly string[]> = {
  link: ['http', 'https', 'mailto'],
  web: ['http', 'https'],
}

// Browsers drop leading/trailing C0 controls and spaces and ignore tabs and newlines anywhere
// ("java\tscript:" is javascript:). Dropping every control and whitespace character is stricter
// still, so no padding can hide a scheme from the test below.
const INVISIBLE =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g

export const isSafeUrl = (url: unknown, kind: UrlKind = 'link'): boolean => {
  if (typeof url !== 'string') return false
  const compact = url.replace(INVISIBLE, '')
  if (!compact) return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  if (scheme) return SCHEMES[kind].includes(scheme[1]!.toLowerCase())
  if (kind === 'web') return false
  // Relative (`/path`, `#frag`, `?q`, `path`, `//host/path`). A ':' before the first '/', '?' or
  // '#' would be read as a scheme by something (an entity or escape decoder, a lenient parser),
  // and '&' there could spell one as an HTML entity ("javascript&colon;"): refused.
  const firstSegment = compact.split(/[/?#]/, 1)[0]!
  return !/[:&\\]/.test(firstSegment)
}

/** The URL when it is an absolute http(s) one, else null: for feeds that hand a stored URL on. */
export const safeWebUrl = (url: string | null | undefined): string | null =>
  isSafeUrl(url, 'web') ? url! : null
