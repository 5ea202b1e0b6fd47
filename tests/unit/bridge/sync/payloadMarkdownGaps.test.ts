// What Payload's Lexical → Markdown converter gets wrong for the forum when used as it ships
// (Space's editor, lexicalEditor() with the default features, and its own transformers), and
// that renderLexicalMarkdown, which runs the same converter with Space's transformers, does not.
// Each case is why a part of renderLexicalMarkdown exists; if Payload fixes one, its test fails
// and that part can go.
import { buildConfig } from 'payload'
import {
  convertLexicalToMarkdown,
  editorConfigFactory,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { micromark } from 'micromark'
import type { SerializedEditorState } from 'lexical'
import { renderLexicalMarkdown } from '@/bridge/sync/renderLexicalMarkdown'
import { lexicalDocument, paragraphNode, textNode } from '@/shared/lexical'

const opts = {
  absoluteUrl: (u: string) => (u.startsWith('http') ? u : `https://space.example${u}`),
}
const node = (type: string, extra: Record<string, unknown> = {}, children: unknown[] = []) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
  children,
})
const link = (url: string, text: string) =>
  node('link', { fields: { url, linkType: 'custom', newTab: false } }, [textNode(text)])
/** CommonMark as Discourse's markdown-it reads it, raw HTML kept (Discourse allows some tags). */
const html = (markdown: string) => micromark(markdown, { allowDangerousHtml: true })

let payloadMarkdown: (doc: unknown) => string

beforeAll(async () => {
  const config = await buildConfig({
    secret: 'payload-markdown-gaps',
    editor: lexicalEditor(),
    collections: [{ slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] }],
    // Never connected: the editor config needs a sanitized config, not a database.
    db: (() => ({})) as never,
  })
  const editorConfig = await editorConfigFactory.default({ config })
  payloadMarkdown = (doc) =>
    convertLexicalToMarkdown({ data: doc as SerializedEditorState, editorConfig })
})

describe("Payload's converter alone, and renderLexicalMarkdown", () => {
  it('Payload lets a ] in link text close the link early; Space escapes it', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [link('https://space.example/a', 'label](http://evil) x')]),
    ])
    expect(html(payloadMarkdown(doc))).toContain('href="http://evil"')
    expect(html(renderLexicalMarkdown(doc, opts))).not.toContain('http://evil"')
  })

  it('Payload passes raw HTML and entities through; Space escapes them', () => {
    const doc = lexicalDocument([paragraphNode('for <b>free</b> &amp; more')])
    expect(html(payloadMarkdown(doc))).toContain('<b>free</b>')
    expect(renderLexicalMarkdown(doc, opts)).toBe('for \\<b\\>free\\</b\\> \\&amp; more')
  })

  it('Payload turns a paragraph typed as "# x" or "> x" into a heading or quote; Space keeps it text', () => {
    const doc = lexicalDocument([paragraphNode('# not a heading'), paragraphNode('> not a quote')])
    expect(html(payloadMarkdown(doc))).toMatch(/<h1>not a heading<\/h1>[\s\S]*<blockquote>/)
    expect(html(renderLexicalMarkdown(doc, opts))).toBe(
      '<p># not a heading</p>\n<p>&gt; not a quote</p>',
    )
  })

  it('Payload writes an unsafe link as a link to "https://" and keeps relative URLs relative', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [
        link('javascript:alert(1)', 'this'),
        textNode(' and '),
        link('/events', 'events'),
      ]),
    ])
    expect(payloadMarkdown(doc)).toBe('[this](https://) and [events](/events)')
    expect(renderLexicalMarkdown(doc, opts)).toBe('this and [events](https://space.example/events)')
  })

  it('Payload does not encode what ends a Markdown URL', () => {
    const doc = lexicalDocument([node('paragraph', {}, [link('https://example.org/a (b)', 'it')])])
    expect(html(payloadMarkdown(doc))).not.toContain('href="https://example.org/a%20(b)"')
    expect(html(renderLexicalMarkdown(doc, opts))).toContain(
      'href="https://example.org/a%20%28b%29"',
    )
  })

  it('Payload writes an upload it was not given populated as a placeholder; Space leaves it out', () => {
    const doc = lexicalDocument([
      paragraphNode('Before.'),
      { type: 'upload', version: 3, id: 'u1', relationTo: 'media', value: 5, fields: {} },
    ])
    expect(payloadMarkdown(doc)).toContain('![media:5]()')
    expect(renderLexicalMarkdown(doc, opts)).toBe('Before.')
  })

  it('Payload writes a line break as a soft one, which CommonMark joins; Space writes a hard break', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [textNode('one'), { type: 'linebreak', version: 1 }, textNode('two')]),
    ])
    expect(html(payloadMarkdown(doc))).toBe('<p>one\ntwo</p>')
    expect(html(renderLexicalMarkdown(doc, opts))).toBe('<p>one<br />\ntwo</p>')
  })
})
