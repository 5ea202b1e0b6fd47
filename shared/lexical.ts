// Minimal builders for Lexical's serialized JSON, for content written by code
// (templates pre-filling a story, seeds, tests). Shapes match @payloadcms/richtext-lexical.
type Node = Record<string, unknown>

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const textNode = (text: string, format = 0): Node => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraphNode = (text: string, format = 0): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: format,
  textStyle: '',
  children: text ? [textNode(text, format)] : [],
})

export const headingNode = (text: string, tag: 'h2' | 'h3' = 'h2'): Node => ({
  ...base,
  type: 'heading',
  tag,
  children: [textNode(text)],
})

export const lexicalDocument = (children: Node[]) => ({
  root: { ...base, type: 'root', children },
})

// A template's prompt is a text node with no format (never italic: Lexical gives the text typed
// over a node that node's format) and this inline style, which the editor shows (grey) and the
// renderers read as "a prompt, not content". Typed-over text inherits the style too; the
// stories' settleTemplatePrompts hook takes it off every node whose text is no longer a prompt.
const PROMPT_STYLE = '--space-prompt: 1; color: #6b7280'

const PROMPT_MARK = /(^|;)\s*--space-prompt\s*:/

/** True for a text node (or a paragraph's text style) that carries the prompt style. */
export const isTemplatePrompt = (node: { style?: unknown } | null | undefined): boolean =>
  typeof node?.style === 'string' && PROMPT_MARK.test(node.style)

/** The prompt style taken out of an inline style string (other declarations kept). */
export const withoutPromptStyle = (style: string): string => {
  const prompt = new Set(PROMPT_STYLE.split(';').map((d) => d.trim()))
  return style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !prompt.has(d) && !/^--space-prompt\s*:/.test(d))
    .join('; ')
}

const promptParagraph = (prompt: string): Node => ({
  ...paragraphNode(''),
  children: prompt ? [{ ...textNode(prompt), style: PROMPT_STYLE }] : [],
})

/** Each section heading followed by its prompt, ready to be written over. */
export const sectionsDocument = (sections: Array<{ heading: string; prompt?: string | null }>) =>
  lexicalDocument(
    sections.flatMap((s) => [headingNode(s.heading), promptParagraph(s.prompt ?? '')]),
  )

type Tree = { type?: string; style?: unknown; children?: Tree[] }

/**
 * A rich-text value without its untouched template prompts (what the site and the forum show):
 * prompt text nodes are dropped, and so is a block that held nothing else.
 */
export const withoutTemplatePrompts = <T>(doc: T): T => {
  const prune = (node: Tree): Tree | null => {
    if (!Array.isArray(node.children))
      return node.type === 'text' && isTemplatePrompt(node) ? null : node
    const pruned = node.children.map(prune)
    if (pruned.every((c, i) => c === node.children![i])) return node
    const children = pruned.filter((c): c is Tree => c !== null)
    return children.length === 0 && node.type !== 'root' ? null : { ...node, children }
  }
  const root = (doc as { root?: Tree } | null | undefined)?.root
  if (!root || typeof root !== 'object') return doc
  const pruned = prune(root)
  return pruned === root ? doc : ({ ...(doc as object), root: pruned } as T)
}

/** True when a rich-text value has no visible text. */
export const isEmptyLexical = (value: unknown): boolean => {
  const text = JSON.stringify(value ?? '')
  return !/"text":"[^"]+/.test(text)
}
