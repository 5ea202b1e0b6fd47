import { LatestRepliesSchema } from '../shared/latestReplies'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'
import { storyCardPopulate, storyCardSelect, toStoryCard } from './StoryCard'
import type { StoryPageData } from './StoryPageData'

/** One published story by slug, or null (unknown, or not published: same answer). */
export const findStoryBySlug = async (slug: string): Promise<StoryPageData | null> => {
  const payload = await sitePayload()
  return siteCache.get(`story:${slug}`, async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      select: { ...storyCardSelect, body: true, tags: true, language: true, discourse: { topicUrl: true, replyCount: true, latestReplies: true } },
      populate: storyCardPopulate,
      overrideAccess: false,
    })
    const story = docs[0]
    if (!story) return null
    const topicUrl = story.discourse?.topicUrl
    // The snapshot is JSON written by the bridge; anything malformed shows as no replies.
    const replies = LatestRepliesSchema.safeParse(story.discourse?.latestReplies ?? [])
    return {
      ...toStoryCard(story),
      body: story.body ?? null,
      tags: story.tags ?? [],
      language: story.language ?? null,
      discussion: topicUrl
        ? { topicUrl, replyCount: story.discourse?.replyCount ?? 0, latestReplies: replies.success ? replies.data : [] }
        : null,
    }
  })
}
