// Markdown inside a block: code spans, backslash escapes, links, images, strong, emphasis and
// strike-through. Safe by construction: all text is escaped, the only tags produced are the
// ones written below, and a link or image keeps its URL only when safeUrl allows it.
import { escapeHtml, safeUrl } from './html'

// One alternative per construct, tried left to right at each position (strong before emphasis).
const INLINE = new RegExp(
  [
    /\\(?<escaped>[\\`*_{}[\]()#+\-.!~<>|])/,
    /(?<ticks>`+)(?<code>[\s\S]*?[^`])\k<ticks>(?!`)/,
    /(?<bang>!?)\[(?<label>(?:\\.|[^\]\\])*)\]\(\s*<?(?<url>[^\s<>)]*)>?(?:\s+"[^"]*")?\s*\)/,
    /(?<strongMark>\*\*|__)(?=\S)(?<strong>[\s\S]*?\S)\k<strongMark>/,
    /\*(?=[^\s*])(?<em>[\s\S]*?[^\s*])\*/,
    /(?<!\w)_(?=\S)(?<emUnderscore>[\s\S]*?\S)_(?!\w)/,
    /~~(?=\S)(?<strike>[\s\S]*?\S)~~/,
  ]
    .map((r) => r.source)
    .join('|'),
)

/** Plain text: escaped, and a line break inside a paragraph is kept (Discourse's default). */
const text = (s: string) => escapeHtml(s).replace(/ *\n/g, '<br>\n')

const token = (g: Record<string, string | undefined>): string => {
  if (g.escaped !== undefined) return escapeHtml(g.escaped)
  if (g.code !== undefined) return `<code>${escapeHtml(g.code)}</code>`
  if (g.label !== undefined) {
    const url = safeUrl(g.url ?? '')
    if (g.bang)
      return url
        ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(g.label)}">`
        : escapeHtml(g.label)
    // A refused link (javascript:, data:, ...) keeps its words and loses its target.
    return url
      ? `<a href="${escapeHtml(url)}" rel="nofollow ugc noopener">${renderInline(g.label)}</a>`
      : renderInline(g.label)
  }
  if (g.strong !== undefined) return `<strong>${renderInline(g.strong)}</strong>`
  if (g.em !== undefined) return `<em>${renderInline(g.em)}</em>`
  if (g.emUnderscore !== undefined) return `<em>${renderInline(g.emUnderscore)}</em>`
  return `<s>${renderInline(g.strike ?? '')}</s>`
}

export const renderInline = (source: string): string => {
  let out = ''
  let rest = source
  for (let m = INLINE.exec(rest); m; m = INLINE.exec(rest)) {
    out += text(rest.slice(0, m.index)) + token(m.groups ?? {})
    rest = rest.slice(m.index + m[0].length)
  }
  return out + text(rest)
}
