import type { DiscourseClient } from '../discourse'
import { LATEST_REPLIES, type TopicLike } from './activityFromTopic'

type TopicPost = NonNullable<NonNullable<TopicLike['post_stream']>['posts']>[number]

/**
 * The posts a topic's latest replies are made of. The topic view carries its first 20 posts
 * (`post_stream.posts`) and every post id in order (`post_stream.stream`); in a longer topic the
 * newest replies are past that chunk, so the ones missing are fetched by id, in one request.
 */
export const newestPosts = async (
  client: Pick<DiscourseClient, 'getTopicPosts'>,
  topic: TopicLike,
): Promise<TopicPost[]> => {
  const chunk = topic.post_stream?.posts ?? []
  const stream = topic.post_stream?.stream ?? []
  // The first id is the first post (the story itself), never a reply.
  const newestIds = stream.slice(1).slice(-LATEST_REPLIES)
  const have = new Set(chunk.map((p) => p.id))
  const missing = newestIds.filter((id) => !have.has(id))
  if (missing.length === 0) return chunk
  return [...chunk, ...(await client.getTopicPosts(topic.id, missing))]
}
