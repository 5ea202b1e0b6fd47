import type { DiscourseClient } from '../discourse'
import type { DesiredTopic } from '../sync/DesiredTopic'
import { readTopicDrifts, type Drift } from '../sync/topicDrift'

export type { Drift, DriftKind } from '../sync/topicDrift'

/**
 * How a linked topic differs from what Space would write: title, category, tags, the first
 * post's raw Markdown, and whether it is listed (bridge/sync/topicDrift.ts, which adoption
 * uses too). A topic that answers 404 (or is deleted) is `missing_topic`. Reads only: GET the
 * topic, GET its first post.
 */
export const compareWithTopic = async (
  client: DiscourseClient,
  link: { topicId: number; firstPostId?: number | null },
  desired: DesiredTopic,
): Promise<{ drifts: Drift[]; firstPostId?: number }> => {
  const topic = await client.getTopic(link.topicId).catch((err: unknown) => {
    if ((err as { name?: string }).name === 'DiscourseNotFoundError') return null
    throw err
  })
  if (!topic || topic.deleted_at) return { drifts: [{ kind: 'missing_topic' }] }
  return readTopicDrifts(client, topic, desired, link.firstPostId ?? undefined)
}
