import { firstPromptWrittenOver } from '@/tests/fixtures/templateSections'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { RichTextBody } from '@/src/components/site/RichTextBody'
import { lexicalDocument, textNode } from '@/shared/lexical'

const render = (data: unknown) => renderToStaticMarkup(createElement(RichTextBody, { data }))
const node = (type: string, extra: Record<string, unknown> = {}, children: unknown[] = []) => ({
  type,
  version: 1,
  ...extra,
  children,
})
const linkTo = (url: string, type = 'link') =>
  node(type, { fields: { url, linkType: 'custom', newTab: false } }, [textNode('the link')])
const paragraphWith = (...children: unknown[]) =>
  lexicalDocument([
    node('paragraph', { direction: 'ltr', format: '', indent: 0 }, children) as never,
  ])

describe('RichTextBody', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
  ])('shows a %j link (stored before links were checked) as its text, with no href', (url) => {
    for (const type of ['link', 'autolink']) {
      const html = render(paragraphWith(textNode('Read '), linkTo(url, type), textNode('.')))
      expect(html).toBe('<div class="prose"><p>Read the link.</p></div>')
    }
  })

  it('keeps http(s), mailto and relative links', () => {
    for (const url of [
      'https://example.org/a',
      'mailto:team@example.org',
      '/events/rally',
      '#top',
    ]) {
      expect(render(paragraphWith(linkTo(url)))).toBe(
        `<div class="prose"><p><a href="${url}">the link</a></p></div>`,
      )
    }
  })

  it('leaves out untouched template prompts and shows what was written over them, not in italics', () => {
    const doc = firstPromptWrittenOver()
    const html = render(doc)
    expect(html).toBe(
      '<div class="prose"><h2>What happened</h2><p>On Saturday, by the river.</p><h2>Why it mattered</h2></div>',
    )
  })
})
