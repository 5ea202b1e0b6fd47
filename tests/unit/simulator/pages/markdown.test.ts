// The topic pages' Markdown: what Space's own posts use renders as HTML; anything else stays text.
import { describe, expect, it } from '@jest/globals'
import { safeUrl } from '@/simulator/pages/html'
import { renderMarkdown } from '@/simulator/pages/markdown'

describe('simulator page Markdown', () => {
  it('renders what renderStoryTopic writes: attribution, cover, summary, headings, lists, quotes, code, link', () => {
    const raw = [
      '*By Ada Obi. First published on Space: [Trees \\[part 1\\]](https://space.example/stories/trees)*',
      '![The lagoon at dawn](https://space.example/media/lagoon.jpg)',
      '**Volunteers met on Saturday.**',
      '## What happened',
      'We planted `300` trees  \nalong the ~~river~~ lagoon, _together_.',
      '- water rounds\n  - April\n  - May\n- a map',
      '3. third\n4. fourth',
      '> "The lagoon is ours to look after."\n> Wanjiru',
      '```\nif (a < b) {}\n```',
      '---',
      '[Read it on Space](https://space.example/stories/trees)',
    ].join('\n\n')
    expect(renderMarkdown(raw).split('\n')).toEqual([
      '<p><em>By Ada Obi. First published on Space: <a href="https://space.example/stories/trees" rel="nofollow ugc noopener">Trees [part 1]</a></em></p>',
      '<p><img src="https://space.example/media/lagoon.jpg" alt="The lagoon at dawn"></p>',
      '<p><strong>Volunteers met on Saturday.</strong></p>',
      '<h2>What happened</h2>',
      '<p>We planted <code>300</code> trees<br>',
      'along the <s>river</s> lagoon, <em>together</em>.</p>',
      '<ul><li>water rounds<ul><li>April</li><li>May</li></ul></li><li>a map</li></ul>',
      '<ol start="3"><li>third</li><li>fourth</li></ol>',
      '<blockquote><p>&quot;The lagoon is ours to look after.&quot;<br>',
      'Wanjiru</p></blockquote>',
      '<pre><code>if (a &lt; b) {}</code></pre>',
      '<hr>',
      '<p><a href="https://space.example/stories/trees" rel="nofollow ugc noopener">Read it on Space</a></p>',
    ])
  })

  it('shows raw HTML as text, in blocks and inline', () => {
    expect(renderMarkdown('<div onclick="x()">hi</div>\n\n# <img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;</p>\n<h1>&lt;img src=x onerror=alert(1)&gt;</h1>',
    )
  })

  it('keeps the words of a link or image whose URL is not http, https, mailto or relative, and drops the URL', () => {
    expect(
      renderMarkdown(
        '[a](javascript:alert(1)) [b](data:text/html,x) ![c](vbscript:x) [d](/stories/x) [e](mailto:hi@space.example)',
      ),
    ).toBe(
      '<p>a) b c <a href="/stories/x" rel="nofollow ugc noopener">d</a> <a href="mailto:hi@space.example" rel="nofollow ugc noopener">e</a></p>',
    )
  })

  it('refuses URLs browsers would read as another scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'java\tscript:x',
      ' javascript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'x:y',
    ])
      expect([url, safeUrl(url)]).toEqual([url, null])
    for (const url of [
      'https://a.example/?q=1:2',
      'http://a.example',
      'mailto:a@b.example',
      '/t/1',
      'page?x=a:b',
      '#post_2',
      '//cdn.example/x.png',
    ])
      expect(safeUrl(url)).toBe(url)
  })
})
