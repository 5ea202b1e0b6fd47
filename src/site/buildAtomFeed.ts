import type { StoryCard } from './StoryCard'

export type AtomFeedInput = {
  /** Absolute URL of the site, no trailing slash. */
  siteUrl: string
  /** Absolute URL of this feed. */
  selfUrl: string
  title: string
  stories: StoryCard[]
}

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  )

/**
 * An Atom 1.0 feed of stories (RFC 4287): id and link per story page, summary, authors, the
 * publication date as both published and updated (edits after publication are not news).
 */
export const buildAtomFeed = ({ siteUrl, selfUrl, title, stories }: AtomFeedInput): string => {
  const newest =
    stories
      .map((s) => s.publishedAt)
      .filter(Boolean)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  const entries = stories.map((story) => {
    const url = `${siteUrl}/stories/${encodeURIComponent(story.slug)}`
    const date = story.publishedAt ?? newest
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(story.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${date}</published>`,
      `    <updated>${date}</updated>`,
      `    <author><name>${escapeXml(story.authorNames || 'Space')}</name></author>`,
      story.category
        ? `    <category term="${escapeXml(story.category.slug)}" label="${escapeXml(story.category.name)}"/>`
        : null,
      story.summary ? `    <summary>${escapeXml(story.summary)}</summary>` : null,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteUrl)}/stories"/>`,
    `  <updated>${newest}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
