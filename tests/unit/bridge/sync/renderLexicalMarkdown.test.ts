import { jest } from '@jest/globals'
import { firstPromptWrittenOver } from '@/tests/fixtures/templateSections'
import { renderLexicalMarkdown } from '@/bridge/sync/renderLexicalMarkdown'
import { headingNode, lexicalDocument, paragraphNode, textNode } from '@/shared/lexical'
import { absoluteUrl } from '@/bridge/sync/absoluteUrl'
import { markdownToHtml } from '@/tests/helpers/markdownToHtml'

const opts = {
  absoluteUrl: (u: string) => (u.startsWith('http') ? u : `https://space.example${u}`),
}
const node = (type: string, extra: Record<string, unknown> = {}, children: unknown[] = []) => ({
  type,
  version: 1,
  ...extra,
  children,
})

describe('renderLexicalMarkdown', () => {
  it('renders headings and paragraphs as Markdown blocks separated by blank lines', () => {
    const md = renderLexicalMarkdown(
      lexicalDocument([headingNode('What happened'), paragraphNode('We planted 300 trees.')]),
      opts,
    )
    expect(md).toBe('## What happened\n\nWe planted 300 trees.')
  })

  it('keeps bold, italic, strikethrough and inline code', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [
        textNode('bold', 1),
        textNode(' '),
        textNode('it', 2),
        textNode(' '),
        textNode('gone', 4),
        textNode(' '),
        textNode('x*y', 16),
      ]),
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe('**bold** *it* ~~gone~~ `x*y`')
  })

  it('renders links with absolute URLs, nested lists, quotes and images', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [
        node('link', { fields: { url: '/events/rally' } }, [textNode('the rally')]),
      ]),
      // Lexical's shape: a nested list sits in a list item of its own, after its parent item.
      node('list', { listType: 'bullet' }, [
        node('listitem', {}, [textNode('one')]),
        node('listitem', {}, [
          node('list', { listType: 'number' }, [node('listitem', {}, [textNode('one.a')])]),
        ]),
        node('listitem', {}, [textNode('two')]),
      ]),
      node('quote', {}, [textNode('We are many.')]),
      {
        type: 'upload',
        version: 1,
        value: { url: '/api/media/file/tree.jpg', alt: 'A young tree' },
      },
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe(
      [
        '[the rally](https://space.example/events/rally)',
        '- one\n    1. one.a\n- two',
        '> We are many.',
        '![A young tree](https://space.example/api/media/file/tree.jpg)',
      ].join('\n\n'),
    )
  })

  it('escapes Markdown characters typed as text', () => {
    expect(renderLexicalMarkdown(lexicalDocument([paragraphNode('2*3 = [six]')]), opts)).toBe(
      '2\\*3 = \\[six\\]',
    )
  })

  it('keeps BBCode a writer typed (a quote, an event block) from becoming forum markup', () => {
    const doc = lexicalDocument([
      paragraphNode('[quote="admin, post:1"]I never said this[/quote]'),
      paragraphNode('[event start="2031-01-01"][/event] <details open>x</details>'),
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe(
      '\\[quote="admin, post:1"\\]I never said this\\[/quote\\]\n\n' +
        '\\[event start="2031-01-01"\\]\\[/event\\] \\<details open\\>x\\</details\\>',
    )
  })

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
  ])('writes a %j link (stored before links were checked) as its text only', (url) => {
    const doc = lexicalDocument([
      node('paragraph', {}, [
        textNode('See '),
        node('link', { fields: { url, linkType: 'custom' } }, [textNode('this')]),
        textNode(' and '),
        node('autolink', { fields: { url } }, [textNode(url)]),
      ]),
    ])
    const md = renderLexicalMarkdown(doc, opts)
    expect(md).not.toContain('](')
    expect(md.startsWith('See this and ')).toBe(true)
    expect(markdownToHtml(md)).not.toContain('<a')
  })

  it('keeps mailto, relative and anchor links', () => {
    const link = (url: string) => node('link', { fields: { url } }, [textNode('it')])
    const doc = lexicalDocument([
      node('paragraph', {}, [
        link('mailto:team@example.org'),
        textNode(' '),
        link('#next'),
        textNode(' '),
        link('/events'),
      ]),
    ])
    expect(renderLexicalMarkdown(doc, { absoluteUrl: absoluteUrl('https://space.example/') })).toBe(
      '[it](mailto:team@example.org) [it](https://space.example/#next) [it](https://space.example/events)',
    )
  })

  it('keeps link texts, image alt texts and URLs from closing the link early', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [
        node('link', { fields: { url: 'https://example.org/a (b)<c>' } }, [
          textNode('label](http://evil)'),
        ]),
      ]),
      {
        type: 'upload',
        version: 1,
        value: { url: '/api/media/file/a b.jpg', alt: 'alt](http://evil) *x*' },
      },
    ])
    const md = renderLexicalMarkdown(doc, opts)
    expect(md).toBe(
      '[label\\](http://evil)](https://example.org/a%20%28b%29%3Cc%3E)\n\n![alt\\](http://evil) \\*x\\*](https://space.example/api/media/file/a%20b.jpg)',
    )
    expect(markdownToHtml(md)).toBe(
      '<p><a href="https://example.org/a%20%28b%29%3Cc%3E">label](http://evil)</a></p>\n<p><img src="https://space.example/api/media/file/a%20b.jpg" alt="alt](http://evil) *x*" /></p>',
    )
  })

  it('escapes what would start a heading, list, quote or code block at the start of a line', () => {
    const lines = [
      '# not a heading',
      '- not a list',
      '+ nor this',
      '3. nor this',
      '> not a quote',
      '    not code',
      '===',
    ]
    const doc = lexicalDocument([
      paragraphNode(lines[0]!),
      node(
        'paragraph',
        {},
        lines.slice(1).flatMap((line) => [textNode(line), { type: 'linebreak', version: 1 }]),
      ),
      node('list', { listType: 'bullet' }, [node('listitem', {}, [textNode('# inside an item')])]),
      headingNode('Vote #'),
    ])
    const md = renderLexicalMarkdown(doc, opts)
    expect(md).toBe(
      [
        '\\# not a heading',
        // The line break ending the paragraph is dropped: it rendered as nothing.
        '\\- not a list  \n\\+ nor this  \n3\\. nor this  \n\\> not a quote  \nnot code  \n\\===',
        '- \\# inside an item',
        '## Vote \\#',
      ].join('\n\n'),
    )
    expect(markdownToHtml(md)).toBe(
      [
        '<p># not a heading</p>',
        '<p>- not a list<br />\n+ nor this<br />\n3. nor this<br />\n&gt; not a quote<br />\nnot code<br />\n===</p>',
        '<ul>\n<li># inside an item</li>\n</ul>',
        '<h2>Vote #</h2>',
      ].join('\n'),
    )
  })

  it('puts emphasis markers around the words, not the spaces beside them', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [textNode('Read '), textNode('this part ', 1), textNode('now', 2)]),
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe('Read **this part** *now*')
  })

  it('keeps, as escaped text, what a node the editor does not know holds', () => {
    // Space's editor (Payload's default features) has no code block; a node of another type
    // (content written by code, or by another editor) would make Payload's converter throw.
    const doc = lexicalDocument([
      node('code', { language: 'js' }, [{ type: 'text', text: '```\n# escaped?' }]),
      node('paragraph', {}, [node('mention', {}, [textNode('@everyone')])]),
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe('\\`\\`\\` # escaped?\n\n@everyone')
  })

  it("uses Payload's list export: numbering from the list's start, check lists", () => {
    const doc = lexicalDocument([
      node('list', { listType: 'number', start: 3 }, [
        node('listitem', {}, [textNode('third')]),
        node('listitem', {}, [textNode('fourth')]),
      ]),
      node('list', { listType: 'check' }, [
        node('listitem', { checked: true }, [textNode('done')]),
        node('listitem', { checked: false }, [textNode('to do')]),
      ]),
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe('3. third\n4. fourth\n\n- [x] done\n- [ ] to do')
  })

  it('leaves out untouched template prompts and keeps what was written over them', () => {
    const doc = firstPromptWrittenOver()
    expect(renderLexicalMarkdown(doc, opts)).toBe(
      '## What happened\n\nOn Saturday, by the river.\n\n## Why it mattered',
    )
  })

  it('fails loudly rather than send a story with a part Lexical could not read left out', () => {
    // Lexical reports such a node to console.error and converts the rest.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const doc = lexicalDocument([
        { type: 'paragraph', version: 1, children: [{ text: 'a node without a type' }] },
        paragraphNode('The rest of the story.'),
      ])
      expect(() => renderLexicalMarkdown(doc, opts)).toThrow(
        /could not be converted to Markdown: the editor refused part of it \(its text "Therestofthestory\." would be missing\)/,
      )
      expect(logged).toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })

  it('renders nothing for an empty or missing document', () => {
    expect(renderLexicalMarkdown(null, opts)).toBe('')
    expect(renderLexicalMarkdown(lexicalDocument([paragraphNode('')]), opts)).toBe('')
  })
})
