import type { Story, Media, Category } from '@/types/payload-types'
import { isSafeUrl } from '@/shared/isSafeUrl'
import type { BridgeSettings } from '../bridgeSettings'
import { absoluteUrl } from './absoluteUrl'
import { escapeLineStarts, escapeMarkdown } from './escapeMarkdown'
import { markdownUrl } from './markdownUrl'
import { renderLexicalMarkdown } from './renderLexicalMarkdown'
import type { DesiredTopic } from './DesiredTopic'

/**
 * What the forum topic for a story should look like. The story is read at depth 1, so its
 * category, cover and uploads inside the body are populated. The topic title is plain text
 * (Discourse does not read it as Markdown); every user-written piece of the first post (title
 * in the attribution, author names, summary, alt text) is escaped, so it reads as typed.
 */
export const renderStoryTopic = (story: Story, settings: BridgeSettings): DesiredTopic => {
  const pageUrl = `${settings.publicUrl}/stories/${story.slug}`
  const url = markdownUrl(pageUrl)
  const opts = { absoluteUrl: absoluteUrl(settings.publicUrl) }
  const cover = typeof story.coverImage === 'object' ? (story.coverImage as Media | null) : null
  const category = typeof story.category === 'object' ? (story.category as Category | null) : null
  const summary = escapeMarkdown(story.summary ?? '').trim()
  const parts: string[] = []
  if (story.authorNames?.trim()) {
    parts.push(
      `*By ${escapeMarkdown(story.authorNames).trim()}. First published on Space: [${escapeMarkdown(story.title)}](${url})*`,
    )
  }
  if (cover?.url && isSafeUrl(cover.url))
    parts.push(`![${escapeMarkdown(cover.alt ?? '')}](${markdownUrl(opts.absoluteUrl(cover.url))})`)
  if (settings.postContent === 'summary') {
    if (summary) parts.push(escapeLineStarts(summary))
    parts.push(`[Continue reading on Space →](${url})`)
  } else {
    if (summary) parts.push(`**${summary}**`)
    parts.push(renderLexicalMarkdown(story.body, opts))
    parts.push(`[Read it on Space](${url})`)
  }
  return {
    title: story.title,
    raw: parts.filter((p) => p.trim()).join('\n\n'),
    categoryId: category?.discourseCategoryId ?? settings.storyCategoryId,
    tags: (story.tags ?? [])
      .map((t) => t.toLowerCase().replace(/[^a-z0-9-]+/g, '-'))
      .filter(Boolean),
    embedUrl: pageUrl,
    visible: story.status === 'published',
  }
}
