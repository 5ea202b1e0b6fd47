import type { Story, Media, Category } from '../../src/payload-types'
import type { BridgeSettings } from '../bridgeSettings'
import { renderLexicalMarkdown } from './renderLexicalMarkdown'
import type { DesiredTopic } from './DesiredTopic'

const absolute = (base: string) => (pathOrUrl: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`

/**
 * What the forum topic for a story should look like. The story is read at depth 1, so its
 * category, cover and uploads inside the body are populated.
 */
export const renderStoryTopic = (story: Story, settings: BridgeSettings): DesiredTopic => {
  const url = `${settings.publicUrl}/stories/${story.slug}`
  const opts = { absoluteUrl: absolute(settings.publicUrl) }
  const cover = typeof story.coverImage === 'object' ? (story.coverImage as Media | null) : null
  const category = typeof story.category === 'object' ? (story.category as Category | null) : null
  const parts: string[] = []
  if (story.authorNames) parts.push(`*By ${story.authorNames}. First published on Space: [${story.title}](${url})*`)
  if (cover?.url) parts.push(`![${cover.alt ?? ''}](${opts.absoluteUrl(cover.url)})`)
  if (settings.postContent === 'summary') {
    if (story.summary) parts.push(story.summary)
    parts.push(`[Continue reading on Space →](${url})`)
  } else {
    if (story.summary) parts.push(`**${story.summary}**`)
    parts.push(renderLexicalMarkdown(story.body, opts))
    parts.push(`[Read it on Space](${url})`)
  }
  return {
    title: story.title,
    raw: parts.filter((p) => p.trim()).join('\n\n'),
    categoryId: category?.discourseCategoryId ?? settings.storyCategoryId,
    tags: (story.tags ?? []).map((t) => t.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).filter(Boolean),
    embedUrl: url,
    visible: story.status === 'published',
  }
}
