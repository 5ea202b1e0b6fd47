import type { AuthorLink } from './AuthorLink'
import { findAuthorLinks } from './findAuthorLinks'
import { findStoryListPage } from './findStoryListPage'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'
import type { StoryListPage } from './StoryListPage'

export type AuthorPage = StoryListPage & { author: AuthorLink }

/**
 * An author's published stories, newest first, or null when they have none: a user who has
 * published nothing has no public page, so walking the ids reveals no name that is not already
 * in a byline. The stories are read first, anonymously; the name only after that.
 */
export const findAuthorPage = async (
  id: number,
  { page = 1, limit = 10 }: { page?: number; limit?: number } = {},
): Promise<AuthorPage | null> => {
  const payload = await sitePayload()
  return siteCache.get(`author:${id}:${page}:${limit}`, async () => {
    const list = await findStoryListPage(payload, { authors: { contains: id } }, page, limit)
    if (list.totalDocs === 0) return null
    const [author] = await findAuthorLinks([id])
    return author ? { ...list, author } : null
  })
}
