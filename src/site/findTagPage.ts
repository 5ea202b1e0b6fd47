import { findStoryListPage } from './findStoryListPage'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'
import type { StoryListPage } from './StoryListPage'

export type TagPage = StoryListPage & { tag: string }

/** Published stories carrying exactly this tag (as typed on the story), newest first; null when none do. */
export const findTagPage = async (
  tag: string,
  { page = 1, limit = 10 }: { page?: number; limit?: number } = {},
): Promise<TagPage | null> => {
  const payload = await sitePayload()
  return siteCache.get(`tag:${page}:${limit}:${tag}`, async () => {
    const list = await findStoryListPage(payload, { tags: { equals: tag } }, page, limit)
    return list.totalDocs === 0 ? null : { ...list, tag }
  })
}
