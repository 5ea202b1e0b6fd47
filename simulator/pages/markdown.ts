// A small Markdown renderer for the simulator's topic pages: the subset Space's own posts use
// (headings, paragraphs, quotes, nested lists, code blocks, rules, links, images, emphasis).
// Raw HTML is never passed through: it is shown as text. Written here rather than shared with
// the product, which the simulator never imports from.
import { escapeHtml } from './html'
import { renderInline } from './inlineMarkdown'

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/
const QUOTE = /^ {0,3}> ?/
const LIST_ITEM = /^(\s*)([-*+]|(\d{1,9})[.)])\s+(.*)$/

type ListItem = {
  indent: number
  ordered: boolean
  start: number
  text: string
  children: ListItem[]
}

const startsBlock = (line: string) =>
  FENCE.test(line) ||
  HEADING.test(line) ||
  RULE.test(line) ||
  QUOTE.test(line) ||
  LIST_ITEM.test(line)

const taskBox = (text: string) =>
  text.replace(/^\[( |x|X)\]\s+/, (_m, mark: string) => (mark === ' ' ? '☐ ' : '☑ '))

const renderItems = (items: ListItem[]): string => {
  const groups: ListItem[][] = []
  for (const item of items) {
    const last = groups.at(-1)
    if (last && last[0].ordered === item.ordered) last.push(item)
    else groups.push([item])
  }
  return groups
    .map((group) => {
      const tag = group[0].ordered ? 'ol' : 'ul'
      const start = group[0].ordered && group[0].start !== 1 ? ` start="${group[0].start}"` : ''
      const lis = group.map(
        (i) =>
          `<li>${renderInline(taskBox(i.text))}${i.children.length ? renderItems(i.children) : ''}</li>`,
      )
      return `<${tag}${start}>${lis.join('')}</${tag}>`
    })
    .join('')
}

/** Items nest under the nearest item indented less than they are. */
const renderList = (lines: string[]): string => {
  const root: ListItem[] = []
  const stack: ListItem[] = []
  for (const line of lines) {
    const m = LIST_ITEM.exec(line)
    if (!m) {
      const open = stack.at(-1)
      if (open) open.text += `\n${line.trim()}`
      continue
    }
    const item: ListItem = {
      indent: m[1].length,
      ordered: m[3] !== undefined,
      start: Number(m[3] ?? 1),
      text: m[4],
      children: [],
    }
    while (stack.length && stack[stack.length - 1].indent >= item.indent) stack.pop()
    ;(stack.at(-1)?.children ?? root).push(item)
    stack.push(item)
  }
  return renderItems(root)
}

const renderBlocks = (lines: string[]): string => {
  const out: string[] = []
  let i = 0
  const takeWhile = (keep: (line: string) => boolean) => {
    const taken: string[] = []
    while (i < lines.length && keep(lines[i])) taken.push(lines[i++])
    return taken
  }
  while (i < lines.length) {
    const line = lines[i]
    if (!line.trim()) {
      i++
      continue
    }
    const fence = FENCE.exec(line)
    const heading = HEADING.exec(line)
    if (fence) {
      i++
      const code = takeWhile((l) => !l.trimStart().startsWith(fence[1]))
      i++ // the closing fence (or the end)
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`)
    } else if (heading) {
      i++
      out.push(`<h${heading[1].length}>${renderInline(heading[2])}</h${heading[1].length}>`)
    } else if (RULE.test(line)) {
      i++
      out.push('<hr>')
    } else if (QUOTE.test(line)) {
      const quoted = takeWhile((l) => QUOTE.test(l)).map((l) => l.replace(QUOTE, ''))
      out.push(`<blockquote>${renderBlocks(quoted)}</blockquote>`)
    } else if (LIST_ITEM.test(line)) {
      // Items, and lines indented under them (a wrapped item), until a blank line or another block.
      out.push(
        renderList(
          takeWhile((l) => LIST_ITEM.test(l) || (/^\s+\S/.test(l) && !startsBlock(l.trimStart()))),
        ),
      )
    } else {
      i++
      const para = [line, ...takeWhile((l) => l.trim() !== '' && !startsBlock(l))]
      out.push(`<p>${renderInline(para.join('\n').trim())}</p>`)
    }
  }
  return out.join('\n')
}

/** Markdown to HTML that is safe to put in a page as it is. */
export const renderMarkdown = (raw: string): string =>
  renderBlocks(raw.replace(/\r\n?/g, '\n').split('\n'))
