// Lexical JSON (as Payload stores rich text) to Discourse Markdown, through Payload's own
// converter (convertLexicalToMarkdown: a headless editor with the editor's nodes, then its
// Markdown export) and Payload's transformers for lists, quotes, rules and text formats. What
// the forum needs beyond Payload's output is added at the converter's own extension points (its
// transformers), never by a second walk of the tree; the tests in
// tests/unit/bridge/sync/payloadMarkdownGaps.test.ts show what Payload's output alone gets wrong:
// - Payload escapes only * _ ` ~ \ in text: a ] or ]( closes a link early, <b> is HTML, and a
//   line starting with # > - + = or 1. turns into a heading, quote or list. The rest of
//   escapeMarkdown's escapes are added here (below), and every block escapes its line starts.
// - Payload's link and upload output keeps relative URLs (the forum would resolve them against
//   itself), does not encode what ends a Markdown URL, writes unsafe links as "(https://)", and
//   an unpopulated upload as a "![media:5]()" placeholder. Links go out only when isSafeUrl allows
//   them, with absolute, encoded URLs; images only with a URL.
// - A line break is Payload's soft "\n"; here a hard break ("  \n"), which every renderer keeps.
// - A node type the editor does not know makes Payload's converter throw; its text is kept.
// Untouched template prompts are left out, as on the site.
import {
  $isAutoLinkNode,
  $isLinkNode,
  AutoLinkNode,
  convertLexicalToMarkdown,
  defaultEditorFeatures,
  LinkNode,
  RelationshipServerNode,
  sanitizeServerFeatures,
  UploadServerNode,
  type ResolvedServerFeatureMap,
  type SanitizedServerEditorConfig,
  type SanitizedServerFeatures,
} from '@payloadcms/richtext-lexical'
// The same copies Payload's editor uses (its own dependencies, at the version it pins).
import { $isHeadingNode, HeadingNode } from '@lexical/rich-text'
import { $isParagraphNode, type SerializedEditorState } from 'lexical'
import { isSafeUrl } from '@/shared/isSafeUrl'
import { withoutTemplatePrompts } from '@/shared/lexical'
import { escapeLineStarts, escapeMarkdown } from './escapeMarkdown'
import { markdownUrl } from './markdownUrl'

export type RenderOptions = { absoluteUrl: (pathOrUrl: string) => string }

type Transformer = SanitizedServerFeatures['markdownTransformers'][number]
type ElementTransformer = Extract<Transformer, { type: 'element' }>
type NodeWithHooks = SanitizedServerFeatures['nodes'][number]
type Json = { [key: string]: unknown; type?: unknown; text?: unknown; children?: unknown }

/** The object features of Payload's default editor (lexicalEditor(), as Space configures it). */
const defaultFeature = (key: string) => {
  const feature = defaultEditorFeatures.find((f) => f.key === key)?.feature
  if (!feature || typeof feature === 'function')
    throw new Error(`Payload's default editor has no ready feature "${key}"`)
  return feature
}
const payloadTransformers = (key: string): Transformer[] =>
  (defaultFeature(key).markdownTransformers ?? []).filter(
    (t): t is Transformer => typeof t !== 'function',
  )
const payloadNodes = (key: string) => defaultFeature(key).nodes ?? []

// --- Text: Payload escapes * _ ` ~ and \ (and would escape a backslash written here), so the
// other escapes get a NUL, which becomes the backslash once Payload is done. NULs typed by a
// writer are dropped first (no forum or database keeps them).
const PAYLOAD_ESCAPES = /[\\`*_~]/
const SENTINEL = '\u0000'
const CODE = 16

const escapeText = (text: string) =>
  escapeMarkdown(text.replaceAll(SENTINEL, '')).replace(/\\([\s\S])/g, (_m, c: string) =>
    PAYLOAD_ESCAPES.test(c) ? c : `${SENTINEL}${c}`,
  )
// Inside a code span nothing is escaped; a backtick would close it.
const codeText = (text: string) =>
  text
    .replaceAll(SENTINEL, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/`/g, "'")

// --- Block and inline transformers, at Payload's extension points. They only export: their
// import pattern never matches (Markdown is never read back into the editor here).
const EXPORT_ONLY = { regExp: /$^/, replace: () => false as const }

/** Escapes the line starts of what a block holds (Payload's block transformer stays). */
const escapingLineStarts = (transformer: ElementTransformer): ElementTransformer => ({
  ...transformer,
  export: (node, exportChildren) =>
    transformer.export(node, (child) => escapeLineStarts(exportChildren(child))),
})

const paragraph: ElementTransformer = {
  type: 'element',
  dependencies: [],
  ...EXPORT_ONLY,
  export: (node, exportChildren) =>
    $isParagraphNode(node) ? escapeLineStarts(exportChildren(node)) : null,
}

const heading: ElementTransformer = {
  type: 'element',
  dependencies: [HeadingNode],
  ...EXPORT_ONLY,
  export: (node, exportChildren) => {
    if (!$isHeadingNode(node)) return null
    const level = Math.min(6, Number(node.getTag().slice(1)) || 2)
    // One line; a trailing run of '#' would be read as the heading's closing sequence.
    const text = escapeLineStarts(exportChildren(node).replace(/ {2}\n/g, ' ')).replace(
      /(^|\s)(#+\s*)$/,
      '$1\\$2',
    )
    return `${'#'.repeat(level)} ${text}`
  },
}

const upload = (opts: RenderOptions): ElementTransformer => ({
  type: 'element',
  dependencies: [UploadServerNode],
  ...EXPORT_ONLY,
  export: (node) => {
    if (!(node instanceof UploadServerNode)) return null
    const value = node.getData().value
    const media =
      typeof value === 'object' && value ? (value as { url?: unknown; alt?: unknown }) : {}
    if (typeof media.url !== 'string' || !isSafeUrl(media.url)) return ''
    const alt = typeof media.alt === 'string' ? media.alt.replaceAll(SENTINEL, '') : ''
    return `![${escapeMarkdown(alt)}](${markdownUrl(opts.absoluteUrl(media.url))})`
  },
})

type TextMatchTransformer = Extract<Transformer, { type: 'text-match' }>

const link = (opts: RenderOptions): TextMatchTransformer => ({
  type: 'text-match',
  dependencies: [LinkNode, AutoLinkNode],
  regExp: EXPORT_ONLY.regExp,
  export: (node, exportChildren) => {
    if (!$isLinkNode(node) && !$isAutoLinkNode(node)) return null
    const href = node.getFields().url
    const label = exportChildren(node)
    return href && isSafeUrl(href) ? `[${label}](${markdownUrl(opts.absoluteUrl(href))})` : label
  },
})

const lineBreak: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [],
  regExp: EXPORT_ONLY.regExp,
  export: (node) => (node.getType() === 'linebreak' ? '  \n' : null),
}

const BOLD: Transformer = { type: 'text-format', format: ['bold'], tag: '**' }

/** What Payload's converter needs of an editor: its nodes and Markdown transformers. */
const editorConfig = (opts: RenderOptions): SanitizedServerEditorConfig => {
  const nodes: NodeWithHooks[] = [
    { node: HeadingNode },
    { node: LinkNode },
    { node: AutoLinkNode },
    { node: UploadServerNode },
    { node: RelationshipServerNode },
    ...payloadNodes('unorderedList'),
    ...payloadNodes('blockquote'),
    ...payloadNodes('horizontalRule'),
  ]
  const payloadElement = (key: string) =>
    payloadTransformers(key).filter((t): t is ElementTransformer => t.type === 'element')
  const resolvedFeatureMap: ResolvedServerFeatureMap = new Map([
    [
      'spaceForumMarkdown',
      {
        key: 'spaceForumMarkdown',
        order: 0,
        dependencies: [],
        dependenciesPriority: [],
        dependenciesSoft: [],
        nodes,
        markdownTransformers: [
          upload(opts),
          heading,
          // Payload's list export serves bullet, numbered and check lists alike.
          ...payloadElement('unorderedList').map(escapingLineStarts),
          ...payloadElement('blockquote').map(escapingLineStarts),
          ...payloadElement('horizontalRule'),
          paragraph,
          BOLD,
          ...payloadTransformers('italic'),
          ...payloadTransformers('strikethrough'),
          ...payloadTransformers('inlineCode'),
          link(opts),
          lineBreak,
        ],
      },
    ],
  ])
  return {
    features: sanitizeServerFeatures(resolvedFeatureMap),
    lexical: undefined,
    resolvedFeatureMap,
  }
}

const KNOWN_TYPES = new Set([
  'root',
  'paragraph',
  'text',
  'tab',
  'linebreak',
  ...editorConfig({ absoluteUrl: (u) => u }).features.nodes.map((n) =>
    'with' in n.node ? n.node.replace.getType() : n.node.getType(),
  ),
])

/**
 * The stored JSON made ready for Payload's converter: text escaped (escapeText, codeText),
 * and a node of a type the editor does not know (content written by code or an older editor)
 * replaced by what it holds, so its text still reaches the forum.
 */
const prepare = (node: Json, atRoot: boolean): Json[] => {
  const children = Array.isArray(node.children) ? (node.children as Json[]) : undefined
  const inner = children?.flatMap((c) => prepare(c, node.type === 'root'))
  if (typeof node.type === 'string' && !KNOWN_TYPES.has(node.type)) {
    if (typeof node.text === 'string') return prepare({ type: 'text', text: node.text }, false)
    if (!inner?.length) return []
    return atRoot ? [{ type: 'paragraph', version: 1, children: inner }] : inner
  }
  if (node.type === 'text' && typeof node.text === 'string') {
    const format = typeof node.format === 'number' ? node.format : 0
    return [
      {
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
        ...node,
        format,
        text: format & CODE ? codeText(node.text) : escapeText(node.text),
      },
    ]
  }
  if (!inner) return [node]
  // Lexical's importJSON throws on a missing indent or list type (content written by code).
  const element: Json = { direction: null, format: '', version: 1, ...node, children: inner }
  element.indent = typeof node.indent === 'number' && node.indent >= 0 ? node.indent : 0
  if (node.type === 'list') {
    element.listType = ['bullet', 'number', 'check'].includes(String(node.listType))
      ? node.listType
      : 'bullet'
    element.start = typeof node.start === 'number' ? node.start : 1
    element.tag = element.listType === 'number' ? 'ol' : 'ul'
  }
  if (node.type === 'listitem') element.value = typeof node.value === 'number' ? node.value : 1
  if (node.type === 'heading') element.tag = /^h[1-6]$/.test(String(node.tag)) ? node.tag : 'h2'
  return [element]
}

const textsOf = (node: Json): string[] =>
  node.type === 'text' && typeof node.text === 'string'
    ? [node.text]
    : Array.isArray(node.children)
      ? (node.children as Json[]).flatMap(textsOf)
      : []

const bare = (markdown: string) => markdown.replace(/[\s\\\u0000]/g, '')

/**
 * Lexical reports a node it cannot read to console.error and converts the rest, so a story
 * could reach the forum with part of it missing. Every text must be in the output, in order
 * (escapes and whitespace aside); otherwise the conversion fails loudly.
 */
const checkNothingLost = (prepared: Json, markdown: string) => {
  const out = bare(markdown)
  let at = 0
  for (const text of textsOf(prepared).map(bare).filter(Boolean)) {
    const found = out.indexOf(text, at)
    if (found < 0)
      throw new Error(
        `The rich text could not be converted to Markdown: the editor refused part of it (its text "${text.slice(0, 40)}" would be missing). Nothing was sent to the forum.`,
      )
    at = found + text.length
  }
}

/** Renders a Lexical document to Markdown, blocks separated by blank lines. */
export const renderLexicalMarkdown = (doc: unknown, opts: RenderOptions): string => {
  const root = withoutTemplatePrompts(doc as { root?: Json } | null | undefined)?.root
  if (!Array.isArray(root?.children) || root.children.length === 0) return ''
  const [prepared] = prepare(root, false)
  // The stored JSON, made whole by prepare(); Lexical's parse checks it node by node.
  const markdown = convertLexicalToMarkdown({
    data: { root: prepared } as unknown as SerializedEditorState,
    editorConfig: editorConfig(opts),
  })
  checkNothingLost(prepared!, markdown)
  return markdown
    .replaceAll(SENTINEL, '\\')
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) => block.replace(/\s+$/, ''))
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}
