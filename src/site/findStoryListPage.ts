import { cacheTags } from './cacheTags'
import { siteCache } from './siteCache'
import type { Payload, Where } from 'payload'
import { storyCardPopulate, storyCardSelect, toStoryCard } from './StoryCard'
import type { StoryListPage } from './StoryListPage'

/**
 * One page of published stories matching `where`, newest first, as cards. Read anonymously
 * (overrideAccess: false, no user): the collection's own access rule is what keeps drafts out.
 * Not cached itself (it tags the caller's entry): each list caches under its own key, and passes the `sitePayload()` it
 * awaited before looking in the cache (so every rendering still marks itself per request).
 */
export const findStoryListPage = async (
  payload: Payload,
  where: Where,
  page: number,
  limit: number,
): Promise<StoryListPage> => {
  siteCache.tag(cacheTags.stories, cacheTags.categories, cacheTags.media)
  const result = await payload.find({
    collection: 'stories',
    where,
    sort: '-publishedAt',
    page,
    limit,
    depth: 1,
    select: storyCardSelect,
    populate: storyCardPopulate,
    overrideAccess: false,
  })
  return {
    stories: result.docs.map(toStoryCard),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
