import { cache } from 'react'
import { cacheTags } from './cacheTags'
import { findAuthorLinks } from './findAuthorLinks'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'
import { storyCardPopulate, storyCardSelect, toStoryCard } from './StoryCard'
import type { StoryPageData } from './StoryPageData'
import { toDiscussion } from './toDiscussion'

/**
 * One published story by slug, or null (unknown, or not published: same answer). Not kept in
 * the site cache: the story's page is (src/server/cachedPageForAnonymous.ts), and is dropped
 * whenever this would be, so a copy of the data beside it was memory spent for nothing. A
 * rendering reads it once (React's per-request `cache`: the metadata and the page share it)
 * and tags its page with what it read.
 */
export const findStoryBySlug = cache(async (slug: string): Promise<StoryPageData | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'stories',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    select: {
      ...storyCardSelect,
      body: true,
      authors: true,
      tags: true,
      language: true,
      discourse: {
        topicUrl: true,
        replyCount: true,
        likeCount: true,
        views: true,
        latestReplies: true,
      },
    },
    populate: storyCardPopulate,
    overrideAccess: false,
  })
  const story = docs[0]
  // Unknown or unpublished: any story change may publish one under this slug.
  if (!story) {
    siteCache.tag(cacheTags.stories)
    return null
  }
  siteCache.tag(cacheTags.story(story.id), cacheTags.categories, cacheTags.media)
  // Anonymous readers cannot populate users, so the relation holds bare ids.
  const authorIds = (story.authors ?? [])
    .map((a) => (a && typeof a === 'object' ? a.id : a))
    .filter((id): id is number => typeof id === 'number')
  return {
    ...toStoryCard(story),
    body: story.body ?? null,
    authors: await findAuthorLinks(authorIds),
    tags: story.tags ?? [],
    language: story.language ?? null,
    discussion: toDiscussion(story.discourse),
  }
})
