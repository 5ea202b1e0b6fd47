import { buildAtomFeed } from '@/src/site/buildAtomFeed'
import type { StoryCard } from '@/src/site/StoryCard'

const story = (over: Partial<StoryCard>): StoryCard => ({
  id: 1,
  title: 'A title',
  slug: 'a-title',
  summary: null,
  publishedAt: '2026-03-01T10:00:00.000Z',
  authorNames: 'Ada',
  category: null,
  cover: null,
  replyCount: 0,
  ...over,
})

describe('buildAtomFeed', () => {
  it('writes one entry per story with its page as id and link, newest date as the feed update', () => {
    const xml = buildAtomFeed({
      siteUrl: 'https://space.example.org',
      selfUrl: 'https://space.example.org/feed.xml',
      title: 'Space: stories',
      stories: [story({ publishedAt: '2026-03-02T10:00:00.000Z', slug: 'second' }), story({})],
    })
    expect(xml).toContain('<id>https://space.example.org/stories/second</id>')
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://space.example.org/feed.xml"/>',
    )
    expect(xml).toContain('  <updated>2026-03-02T10:00:00.000Z</updated>\n  <entry>')
    expect(xml.match(/<entry>/g)).toHaveLength(2)
  })

  it('escapes markup in titles, summaries and categories', () => {
    const xml = buildAtomFeed({
      siteUrl: 'https://s',
      selfUrl: 'https://s/feed.xml',
      title: 'T',
      stories: [
        story({
          title: 'Fish & <chips>',
          summary: '"quoted"',
          category: { name: 'A&B', slug: 'a-b' },
        }),
      ],
    })
    expect(xml).toContain('<title>Fish &amp; &lt;chips&gt;</title>')
    expect(xml).toContain('<summary>&quot;quoted&quot;</summary>')
    expect(xml).toContain('label="A&amp;B"')
    expect(xml).not.toContain('<chips>')
  })
})
