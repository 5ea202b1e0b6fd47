// A story started from an editorial template: what the writer types over a prompt is their own
// text (not italic on the site, no `*…*` on the forum), and prompts left untouched are not
// published at all.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { createUser, api, type TestUser } from '../helpers/users'
import { renderLexicalMarkdown } from '@/bridge/sync/renderLexicalMarkdown'
import { RichTextBody } from '@/src/components/site/RichTextBody'
import { isTemplatePrompt } from '@/shared/lexical'

type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  style?: string
  textFormat?: number
  textStyle?: string
  children?: LexicalNode[]
}
type Body = { root: LexicalNode & { children: LexicalNode[] } }

const textNodes = (node: LexicalNode): LexicalNode[] =>
  node.type === 'text' ? [node] : (node.children ?? []).flatMap(textNodes)
const opts = { absoluteUrl: (u: string) => `https://space.example${u}` }

const space = bootForSuite(() => bootSpace())
let writer: TestUser
beforeAll(async () => {
  await createUser(space.payload, space.url, ['admin'])
  writer = await createUser(space.payload, space.url, ['contributor'])
})

const startFromTemplate = async (name: string) => {
  const template = (
    await space.payload.find({
      collection: 'editorial-templates',
      where: { name: { equals: name } },
      overrideAccess: true,
    })
  ).docs[0]!
  const res = await api(space.url, writer, 'POST', '/api/stories', {
    title: `A story from the ${name} template`,
    template: template.id,
  })
  expect(res.status).toBe(201)
  return { template, story: res.body.doc as { id: number; body: Body } }
}

/** What Lexical does when the writer selects a prompt and types: same node, same format and style, new text. */
const typeOver = (body: Body, paragraphIndex: number, text: string): Body => {
  const copy = structuredClone(body)
  const paragraph = copy.root.children[paragraphIndex]!
  paragraph.children = [{ ...paragraph.children![0]!, text }]
  return copy
}

describe('a story started from a template', () => {
  it('begins with prompts that carry no text format, so nothing typed over them is italic', async () => {
    const { story } = await startFromTemplate('Event report')
    const prompts = story.body.root.children.filter((n) => n.type === 'paragraph')
    expect(prompts).toHaveLength(3)
    for (const paragraph of prompts) {
      expect(paragraph.textFormat).toBe(0)
      expect(textNodes(paragraph).map((t) => [t.format, isTemplatePrompt(t)])).toEqual([[0, true]])
    }
  })

  it('publishes what the writer typed over a prompt without emphasis, and leaves untouched prompts out', async () => {
    const { template, story } = await startFromTemplate('Event report')
    const typed = 'We met at the river on Saturday morning.'
    const res = await api(space.url, writer, 'PATCH', `/api/stories/${story.id}`, {
      body: typeOver(story.body, 1, typed),
    })
    expect(res.status).toBe(200)
    const stored = (
      await space.payload.findByID({ collection: 'stories', id: story.id, overrideAccess: true })
    ).body as unknown as Body

    // The writer's node lost the prompt style; the two untouched prompts kept it.
    const texts = stored.root.children.filter((n) => n.type === 'paragraph').flatMap(textNodes)
    expect(texts.map((t) => [t.text, t.format, isTemplatePrompt(t)])).toEqual([
      [typed, 0, false],
      [template.sections![1]!.prompt, 0, true],
      [template.sections![2]!.prompt, 0, true],
    ])

    const html = renderToStaticMarkup(createElement(RichTextBody, { data: stored }))
    expect(html).toBe(
      `<div class="prose"><h2>What happened</h2><p>${typed}</p><h2>Why it mattered</h2><h2>What comes next</h2></div>`,
    )
    expect(renderLexicalMarkdown(stored, opts)).toBe(
      `## What happened\n\n${typed}\n\n## Why it mattered\n\n## What comes next`,
    )
  })

  it('keeps untouched prompts as prompts on later saves, even once the template is gone', async () => {
    const { template, story } = await startFromTemplate('Project update')
    await space.payload.delete({
      collection: 'editorial-templates',
      id: template.id,
      overrideAccess: true,
    })
    const res = await api(space.url, writer, 'PATCH', `/api/stories/${story.id}`, {
      body: typeOver(story.body, 3, 'It went well.'),
    })
    expect(res.status).toBe(200)
    const stored = (
      await space.payload.findByID({ collection: 'stories', id: story.id, overrideAccess: true })
    ).body as unknown as Body
    expect(
      textNodes(stored.root)
        .filter(isTemplatePrompt)
        .map((t) => t.text),
    ).toEqual([template.sections![0]!.prompt, template.sections![2]!.prompt])
    expect(renderLexicalMarkdown(stored, opts)).toBe(
      '## Where we are\n\n## What we learned\n\nIt went well.\n\n## What we need',
    )
  })
})
