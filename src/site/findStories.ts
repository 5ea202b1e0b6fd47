import type { Where } from 'payload'
import { findCategories, type CategoryLink } from './findCategories'
import { findStoryListPage } from './findStoryListPage'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'
import type { StoryListPage } from './StoryListPage'

export type StoriesPage = StoryListPage & {
  /** The category filtered on; null when none was asked for. `undefined` slug means unknown. */
  category: CategoryLink | null
  unknownCategory: boolean
}

export type FindStoriesOptions = { category?: string; page?: number; limit?: number }

/**
 * Published stories, newest first, optionally in one category. Read anonymously
 * (overrideAccess: false, no user): the collection's own access rule is what keeps drafts out.
 */
export const findStories = async ({
  category,
  page = 1,
  limit = 10,
}: FindStoriesOptions = {}): Promise<StoriesPage> => {
  const payload = await sitePayload()
  const match = category
    ? ((await findCategories()).find((c) => c.slug === category) ?? null)
    : null
  if (category && !match)
    return {
      stories: [],
      page: 1,
      totalPages: 0,
      totalDocs: 0,
      category: null,
      unknownCategory: true,
    }
  const where: Where = match ? { category: { equals: match.id } } : {}
  return siteCache.get(`stories:${match?.id ?? '*'}:${page}:${limit}`, async () => ({
    ...(await findStoryListPage(payload, where, page, limit)),
    category: match,
    unknownCategory: false,
  }))
}
