import type { Payload } from 'payload'
import { DiscourseNotFoundError, type DiscourseClient } from '../discourse'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import { activityFromTopic, type TopicLike } from './activityFromTopic'
import { newestPosts } from './newestPosts'
import type { LinkedDoc } from './findByTopicId'

/**
 * Fetches one topic and stores its counts and latest replies on the linked document (a topic of
 * more than 20 posts costs one request more: its newest replies by id). A topic gone from the
 * forum marks the document `topic_deleted` instead of retrying forever.
 */
export const refreshTopicActivity = async (
  { payload, client, forumUrl }: { payload: Payload; client: DiscourseClient; forumUrl: string },
  doc: LinkedDoc,
  topicId: number,
): Promise<'refreshed' | 'topic_deleted'> => {
  try {
    const topic = (await client.getTopic(topicId)) as unknown as TopicLike & {
      deleted_at?: string | null
    }
    // A staff key may still see a deleted topic (200 with deleted_at) where others get a 404.
    if (topic.deleted_at)
      throw new DiscourseNotFoundError({ status: 404, method: 'GET', path: `/t/${topicId}.json` })
    const posts = await newestPosts(client, topic)
    await writeSyncRecord(
      payload,
      doc.collection,
      doc.id,
      activityFromTopic(topic, forumUrl, posts),
    )
    return 'refreshed'
  } catch (err) {
    if (!(err instanceof DiscourseNotFoundError)) throw err
    await writeSyncRecord(payload, doc.collection, doc.id, {
      syncState: 'topic_deleted',
      lastError: 'The topic was deleted on the forum.',
    })
    return 'topic_deleted'
  }
}
