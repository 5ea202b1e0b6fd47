import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { Story } from '@/types/payload-types'
import { isTemplatePrompt, withoutPromptStyle } from '@/shared/lexical'

// Lexical gives text typed over a template prompt the prompt's style, so the editor cannot tell
// the writer's words from the prompt. A saved prompt node whose text is still a prompt (one the
// story already had, or one of its template's) stays a prompt; any other loses the prompt style
// and is the writer's text. So "has the prompt style" keeps meaning "untouched prompt", which
// the site and the forum leave out.

type Tree = {
  type?: string
  text?: unknown
  style?: unknown
  textStyle?: unknown
  children?: Tree[]
}

const promptTexts = (body: Story['body'] | undefined, into = new Set<string>()): Set<string> => {
  const walk = (node: Tree) => {
    if (node.type === 'text' && isTemplatePrompt(node) && typeof node.text === 'string')
      into.add(node.text)
    node.children?.forEach(walk)
  }
  const root: Tree | undefined = body?.root
  if (root) walk(root)
  return into
}

const settle = (node: Tree, prompts: Set<string>): Tree => {
  const next: Tree = { ...node }
  if (node.type === 'text' && isTemplatePrompt(node) && !prompts.has(String(node.text)))
    next.style = withoutPromptStyle(String(node.style))
  if (isTemplatePrompt({ style: node.textStyle }))
    next.textStyle = withoutPromptStyle(String(node.textStyle))
  if (node.children) next.children = node.children.map((child) => settle(child, prompts))
  return next
}

const templatePrompts = async (
  req: PayloadRequest,
  template: Story['template'] | undefined,
): Promise<string[]> => {
  const id = typeof template === 'object' && template ? template.id : template
  if (typeof id !== 'number' && typeof id !== 'string') return []
  const found = await req.payload.find({
    collection: 'editorial-templates',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0]?.sections ?? []).flatMap((s) => (s.prompt ? [s.prompt] : []))
}

/** Takes the prompt style off text the writer typed over a template's prompts. */
export const settleTemplatePrompts: CollectionBeforeChangeHook<Story> = async ({
  data,
  originalDoc,
  req,
}) => {
  const root: Tree | undefined = data.body?.root
  if (!root || !JSON.stringify(root).includes('--space-prompt')) return data
  const prompts = promptTexts(originalDoc?.body)
  for (const prompt of await templatePrompts(req, data.template ?? originalDoc?.template))
    prompts.add(prompt)
  return { ...data, body: { ...data.body, root: settle(root, prompts) } }
}
