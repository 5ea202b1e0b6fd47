// What a user typed (a title, a name, a place, body text) must reach the forum as the same
// text, never as Markdown: a `]` or `](` closing a link early, `*` or `_` starting emphasis,
// `<script>` or an entity read as HTML, a line that turns into a heading, list or quote.
// CommonMark (and Discourse's markdown-it) read a backslash before any ASCII punctuation as
// that character, literally.

/** Text to embed anywhere in a line of Markdown: one line, every inline marker escaped. */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')

/**
 * Escapes what only means something at the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`)
 * and the indentation that would make a code block, on every line of rendered inline Markdown.
 * Safe on our own inline markup, which never starts with any of these.
 */
export const escapeLineStarts = (markdown: string): string =>
  markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^[#>+=-]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n')
