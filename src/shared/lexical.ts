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

/** Italic (format 2) prompts under each section heading, ready to be written over. */
export const sectionsDocument = (sections: Array<{ heading: string; prompt?: string | null }>) =>
  lexicalDocument(sections.flatMap((s) => [headingNode(s.heading), paragraphNode(s.prompt ?? '', 2)]))

/** True when a rich-text value has no visible text. */
export const isEmptyLexical = (value: unknown): boolean => {
  const text = JSON.stringify(value ?? '')
  return !/"text":"[^"]+/.test(text)
}
