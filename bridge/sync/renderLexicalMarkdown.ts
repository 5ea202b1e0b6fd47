// Lexical JSON (as Payload stores rich text) to Discourse Markdown. Written by hand rather
// than through a headless editor: it runs in the worker for every sync, must be fast and
// deterministic (the content hash depends on it), and needs absolute URLs for images.
// Everything the writer typed is escaped (escapeMarkdown); a link whose URL isSafeUrl refuses
// is written as its text only; untouched template prompts are left out, as on the site.
import { isSafeUrl } from '@/shared/isSafeUrl'
import { withoutTemplatePrompts } from '@/shared/lexical'
import { escapeLineStarts, escapeMarkdown } from './escapeMarkdown'
import { markdownUrl } from './markdownUrl'

type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  url?: string
  fields?: {
    url?: string
    newTab?: boolean
    linkType?: string
    doc?: { value?: { slug?: string } }
  }
  value?: { url?: string; alt?: string; filename?: string } | number | string
  children?: LexicalNode[]
  language?: string
}

export type RenderOptions = { absoluteUrl: (pathOrUrl: string) => string }

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const CODE = 16

const renderText = (node: LexicalNode): string => {
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) return '`' + (node.text ?? '').replace(/`/g, "'") + '`'
  const text = escapeMarkdown(node.text ?? '')
  // Markers go around the words, not the spaces beside them: "**word **" is not bold in
  // CommonMark, and would reach the forum as literal asterisks.
  const [, lead, words, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!
  if (!words) return text
  let out = words
  if (format & BOLD) out = `**${out}**`
  if (format & ITALIC) out = `*${out}*`
  if (format & STRIKETHROUGH) out = `~~${out}~~`
  return `${lead}${out}${trail}`
}

const renderInline = (nodes: LexicalNode[] = [], opts: RenderOptions): string =>
  nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return renderText(node)
        case 'linebreak':
          return '  \n'
        case 'tab':
          return ' '
        case 'link':
        case 'autolink': {
          const href = node.fields?.url ?? node.url
          const label = renderInline(node.children, opts)
          return href && isSafeUrl(href)
            ? `[${label}](${markdownUrl(opts.absoluteUrl(href))})`
            : label
        }
        default:
          return renderInline(node.children, opts)
      }
    })
    .join('')

const renderList = (node: LexicalNode, opts: RenderOptions, depth: number): string =>
  (node.children ?? [])
    .map((item, index) => {
      const nested = (item.children ?? []).filter((c) => c.type === 'list')
      const inline = (item.children ?? []).filter((c) => c.type !== 'list')
      const marker =
        node.listType === 'number'
          ? `${index + 1}.`
          : node.listType === 'check'
            ? `- [${item.checked ? 'x' : ' '}]`
            : '-'
      const line = `${'  '.repeat(depth)}${marker} ${escapeLineStarts(renderInline(inline, opts))}`
      return [line, ...nested.map((n) => renderList(n, opts, depth + 1))].join('\n')
    })
    .join('\n')

// A code block's fence is longer than any run of backticks inside it, so code cannot close it.
const fence = (code: string) =>
  '`'.repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((run) => run.length + 1)))

const renderBlock = (node: LexicalNode, opts: RenderOptions): string => {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Number((node.tag ?? 'h2').slice(1)) || 2)
      // One line; a trailing run of '#' would be read as the heading's closing sequence.
      const text = escapeLineStarts(
        renderInline(node.children, opts).replace(/ {2}\n/g, ' '),
      ).replace(/(^|\s)(#+\s*)$/, '$1\\$2')
      return `${'#'.repeat(level)} ${text}`
    }
    case 'quote':
      return escapeLineStarts(renderInline(node.children, opts))
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    case 'list':
      return renderList(node, opts, 0)
    case 'horizontalrule':
      return '---'
    case 'code': {
      const code = (node.children ?? [])
        .map((c) => c.text ?? (c.type === 'linebreak' ? '\n' : ''))
        .join('')
      const language = /^[\w+#.-]{1,30}$/.test(node.language ?? '') ? node.language : ''
      return `${fence(code)}${language}\n${code}\n${fence(code)}`
    }
    case 'upload': {
      const media = typeof node.value === 'object' ? node.value : undefined
      if (!media?.url || !isSafeUrl(media.url)) return ''
      return `![${escapeMarkdown(media.alt ?? '')}](${markdownUrl(opts.absoluteUrl(media.url))})`
    }
    default:
      return escapeLineStarts(renderInline(node.children, opts))
  }
}

/** Renders a Lexical document to Markdown, blocks separated by blank lines. */
export const renderLexicalMarkdown = (doc: unknown, opts: RenderOptions): string => {
  const root = withoutTemplatePrompts(doc as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  return root.children
    .map((block) => renderBlock(block, opts))
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}
