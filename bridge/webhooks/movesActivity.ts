/**
 * Whether a webhook delivery can change what the CMS shows of a topic's discussion (counts,
 * participants, latest replies). The bridge's own writes come back as webhooks too: the topic it
 * created (`topic_created` and the first post's `post_created`), its title, category and
 * visibility changes (`topic_edited`) and its edits of the first post (`post_edited` on post 1).
 * None of them moves a count, so refreshing on them would spend forum requests for nothing:
 * against a rate-limited forum, those requests are taken from publishing.
 */
export const movesActivity = (event: string | undefined, body: unknown): boolean => {
  if (event === 'topic_created' || event === 'topic_edited') return false
  if (event === 'post_created' || event === 'post_edited') {
    const postNumber = (body as { post?: { post_number?: unknown } })?.post?.post_number
    return postNumber !== 1
  }
  return true
}
