import type { BridgeSettings } from '@/bridge/bridgeSettings'
import { renderStoryTopic } from '@/bridge/sync/renderStoryTopic'
import type { Story } from '@/types/payload-types'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import { markdownToHtml } from '@/tests/helpers/markdownToHtml'

const settings = (postContent: 'full' | 'summary') =>
  ({ publicUrl: 'https://space.example', postContent }) as BridgeSettings
const story = (over: Partial<Story> = {}) =>
  ({
    id: 1,
    slug: 'fix-all',
    status: 'published',
    title: 'A title',
    authorNames: 'Ada Lovelace',
    summary: null,
    body: null,
    tags: [],
    ...over,
  }) as Story

const hostileTitle =
  'Fix *all* the [bugs](http://evil) _now_ # <script>alert(1)</script> `x` [x](javascript:alert(1))'
const hostileName = 'Eve](http://evil) **Admin**, Bob_the_Builder'

describe('renderStoryTopic', () => {
  it('sends the title as plain text and escapes it, and the author names, inside the attribution', () => {
    const topic = renderStoryTopic(
      story({ title: hostileTitle, authorNames: hostileName }),
      settings('full'),
    )
    expect(topic.title).toBe(hostileTitle)
    expect(topic.raw.split('\n\n')[0]).toBe(
      '*By Eve\\](http://evil) \\*\\*Admin\\*\\*, Bob\\_the\\_Builder. First published on Space: ' +
        '[Fix \\*all\\* the \\[bugs\\](http://evil) \\_now\\_ # \\<script\\>alert(1)\\</script\\> \\`x\\` \\[x\\](javascript:alert(1))]' +
        '(https://space.example/stories/fix-all)*',
    )
    // What a CommonMark renderer makes of it: one emphasis (ours), one link (ours), the rest literal.
    expect(markdownToHtml(topic.raw.split('\n\n')[0]!)).toBe(
      '<p><em>By Eve](http://evil) **Admin**, Bob_the_Builder. First published on Space: ' +
        '<a href="https://space.example/stories/fix-all">Fix *all* the [bugs](http://evil) _now_ # &lt;script&gt;alert(1)&lt;/script&gt; `x` [x](javascript:alert(1))</a></em></p>',
    )
  })

  it('escapes the summary, in bold on one line in full mode and as its own paragraph in summary mode', () => {
    const summary = '# Big news\n\n1. not a list <b>bold</b> &amp; `code` ~~gone~~ | a'
    const full = renderStoryTopic(story({ summary }), settings('full')).raw.split('\n\n')
    expect(full[1]).toBe(
      '**# Big news 1. not a list \\<b\\>bold\\</b\\> \\&amp; \\`code\\` \\~\\~gone\\~\\~ \\| a**',
    )
    expect(markdownToHtml(full[1]!)).toBe(
      '<p><strong># Big news 1. not a list &lt;b&gt;bold&lt;/b&gt; &amp;amp; `code` ~~gone~~ | a</strong></p>',
    )
    const short = renderStoryTopic(story({ summary }), settings('summary')).raw.split('\n\n')
    expect(short[1]).toBe(
      '\\# Big news 1. not a list \\<b\\>bold\\</b\\> \\&amp; \\`code\\` \\~\\~gone\\~\\~ \\| a',
    )
    expect(markdownToHtml(short[1]!)).toBe(
      '<p># Big news 1. not a list &lt;b&gt;bold&lt;/b&gt; &amp;amp; `code` ~~gone~~ | a</p>',
    )
  })

  it('escapes the cover alt text and leaves out a cover whose URL is not safe', () => {
    const cover = (url: string) => ({ id: 1, url, alt: 'A [tree](http://evil) *here*' }) as never
    expect(
      renderStoryTopic(story({ coverImage: cover('/api/media/file/tree.jpg') }), settings('full'))
        .raw,
    ).toContain(
      '![A \\[tree\\](http://evil) \\*here\\*](https://space.example/api/media/file/tree.jpg)',
    )
    expect(
      renderStoryTopic(story({ coverImage: cover('javascript:alert(1)') }), settings('full')).raw,
    ).not.toContain('![')
  })

  it('keeps an ordinary story as it was', () => {
    const raw = renderStoryTopic(
      story({
        summary: 'Volunteers met on Saturday.',
        body: lexicalDocument([
          headingNode('What happened'),
          paragraphNode('We planted trees.'),
        ]) as never,
      }),
      settings('full'),
    ).raw
    expect(raw).toBe(
      [
        '*By Ada Lovelace. First published on Space: [A title](https://space.example/stories/fix-all)*',
        '**Volunteers met on Saturday.**',
        '## What happened\n\nWe planted trees.',
        '[Read it on Space](https://space.example/stories/fix-all)',
      ].join('\n\n'),
    )
  })
})
