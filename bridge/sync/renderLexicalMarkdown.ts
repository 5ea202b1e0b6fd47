// Lexical JSON (as Payload stores rich text) to Discourse Markdown. Written by hand rather
// than through a headless editor: it runs in the worker for every sync, must be fast and
// deterministic (the content hash depends on it), and needs absolute URLs for images.
type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  url?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string; doc?: { value?: { slug?: string } } }
  value?: { url?: string; alt?: string; filename?: string } | number | string
  children?: LexicalNode[]
  language?: string
}

export type RenderOptions = { absoluteUrl: (pathOrUrl: string) => string }

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const CODE = 16

const escapeText = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1')

const renderText = (node: LexicalNode): string => {
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) return '`' + (node.text ?? '').replace(/`/g, "'") + '`'
  let out = escapeText(node.text ?? '')
  if (!out.trim()) return out
  if (format & BOLD) out = `**${out}**`
  if (format & ITALIC) out = `*${out}*`
  if (format & STRIKETHROUGH) out = `~~${out}~~`
  return out
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
          const href = node.fields?.url ?? node.url ?? ''
          const label = renderInline(node.children, opts)
          return href ? `[${label}](${opts.absoluteUrl(href)})` : label
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
        node.listType === 'number' ? `${index + 1}.` : node.listType === 'check' ? `- [${item.checked ? 'x' : ' '}]` : '-'
      const line = `${'  '.repeat(depth)}${marker} ${renderInline(inline, opts)}`
      return [line, ...nested.map((n) => renderList(n, opts, depth + 1))].join('\n')
    })
    .join('\n')

const renderBlock = (node: LexicalNode, opts: RenderOptions): string => {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Number((node.tag ?? 'h2').slice(1)) || 2)
      return `${'#'.repeat(level)} ${renderInline(node.children, opts)}`
    }
    case 'quote':
      return renderInline(node.children, opts)
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    case 'list':
      return renderList(node, opts, 0)
    case 'horizontalrule':
      return '---'
    case 'code':
      return '```' + (node.language ?? '') + '\n' + (node.children ?? []).map((c) => c.text ?? (c.type === 'linebreak' ? '\n' : '')).join('') + '\n```'
    case 'upload': {
      const media = typeof node.value === 'object' ? node.value : undefined
      if (!media?.url) return ''
      return `![${(media.alt ?? '').replace(/[[\]]/g, '')}](${opts.absoluteUrl(media.url)})`
    }
    default:
      return renderInline(node.children, opts)
  }
}

/** Renders a Lexical document to Markdown, blocks separated by blank lines. */
export const renderLexicalMarkdown = (doc: unknown, opts: RenderOptions): string => {
  const root = (doc as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  return root.children
    .map((block) => renderBlock(block, opts))
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}
