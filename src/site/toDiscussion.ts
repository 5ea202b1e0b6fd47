import type { Story } from '@/types/payload-types'
import { LatestRepliesSchema, type LatestReply } from '@/shared/latestReplies'

/** The story page's discussion panel: the topic and its activity as the bridge last brought them back. */
export type StoryDiscussion = {
  topicUrl: string
  replyCount: number
  likeCount: number
  views: number
  latestReplies: LatestReply[]
}

type DiscourseSnapshot = Pick<
  NonNullable<Story['discourse']>,
  'topicUrl' | 'replyCount' | 'likeCount' | 'views' | 'latestReplies'
>

const count = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0

/**
 * The panel's data from a story's `discourse` group, or null until the bridge has linked a
 * topic. The snapshot is JSON written by the bridge: anything malformed shows as no replies, and
 * a missing or negative count as 0.
 */
export const toDiscussion = (
  discourse: DiscourseSnapshot | null | undefined,
): StoryDiscussion | null => {
  if (!discourse?.topicUrl) return null
  const replies = LatestRepliesSchema.safeParse(discourse.latestReplies ?? [])
  return {
    topicUrl: discourse.topicUrl,
    replyCount: count(discourse.replyCount),
    likeCount: count(discourse.likeCount),
    views: count(discourse.views),
    latestReplies: replies.success ? replies.data : [],
  }
}
