/** The topic a Discourse webhook payload is about: `{ topic: { id } }` or `{ post: { topic_id } }` (likes too). */
export const topicIdOf = (body: unknown): number | null => {
  const b = body as {
    topic?: { id?: unknown }
    post?: { topic_id?: unknown }
    like?: { post?: { topic_id?: unknown } }
  }
  const id = b?.topic?.id ?? b?.post?.topic_id ?? b?.like?.post?.topic_id
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null
}
