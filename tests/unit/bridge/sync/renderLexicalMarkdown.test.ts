import { renderLexicalMarkdown } from '../../../../bridge/sync/renderLexicalMarkdown'
import { headingNode, lexicalDocument, paragraphNode, textNode } from '../../../../src/shared/lexical'

const opts = { absoluteUrl: (u: string) => (u.startsWith('http') ? u : `https://space.example${u}`) }
const node = (type: string, extra: Record<string, unknown> = {}, children: unknown[] = []) => ({ type, version: 1, ...extra, children })

describe('renderLexicalMarkdown', () => {
  it('renders headings and paragraphs as Markdown blocks separated by blank lines', () => {
    const md = renderLexicalMarkdown(lexicalDocument([headingNode('What happened'), paragraphNode('We planted 300 trees.')]), opts)
    expect(md).toBe('## What happened\n\nWe planted 300 trees.')
  })

  it('keeps bold, italic, strikethrough and inline code', () => {
    const doc = lexicalDocument([node('paragraph', {}, [textNode('bold', 1), textNode(' '), textNode('it', 2), textNode(' '), textNode('gone', 4), textNode(' '), textNode('x*y', 16)])])
    expect(renderLexicalMarkdown(doc, opts)).toBe('**bold** *it* ~~gone~~ `x*y`')
  })

  it('renders links with absolute URLs, nested lists, quotes and images', () => {
    const doc = lexicalDocument([
      node('paragraph', {}, [node('link', { fields: { url: '/events/rally' } }, [textNode('the rally')])]),
      node('list', { listType: 'bullet' }, [
        node('listitem', {}, [textNode('one'), node('list', { listType: 'number' }, [node('listitem', {}, [textNode('one.a')])])]),
        node('listitem', {}, [textNode('two')]),
      ]),
      node('quote', {}, [textNode('We are many.')]),
      { type: 'upload', version: 1, value: { url: '/api/media/file/tree.jpg', alt: 'A young tree' } },
    ])
    expect(renderLexicalMarkdown(doc, opts)).toBe(
      [
        '[the rally](https://space.example/events/rally)',
        '- one\n  1. one.a\n- two',
        '> We are many.',
        '![A young tree](https://space.example/api/media/file/tree.jpg)',
      ].join('\n\n'),
    )
  })

  it('escapes Markdown characters typed as text', () => {
    expect(renderLexicalMarkdown(lexicalDocument([paragraphNode('2*3 = [six]')]), opts)).toBe('2\\*3 = \\[six\\]')
  })

  it('renders nothing for an empty or missing document', () => {
    expect(renderLexicalMarkdown(null, opts)).toBe('')
    expect(renderLexicalMarkdown(lexicalDocument([paragraphNode('')]), opts)).toBe('')
  })
})
