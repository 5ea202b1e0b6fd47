import type { DiscourseClient } from '../discourse'
import type { Post } from './activityFromTopic'

/** Pages of the forum's latest posts one pass may read (Discourse serves up to 50 a page). */
export const MAX_POST_PAGES = 4

export type LatestPostsRead = {
  /** The posts seen of each wanted topic, newest first. */
  byTopic: Map<number, Post[]>
  /** Every post made since `since` was seen (the walk went past it). */
  reachedSince: boolean
  pagesRead: number
}

/**
 * Walks the forum's latest posts (`GET /posts.json`, newest first, across topics) back to
 * `since`, at most MAX_POST_PAGES pages, keeping the posts of the wanted topics. It stops once
 * it is past `since`, or when a page brings nothing new (the start of the forum, or a window of
 * posts this key may not see).
 */
export const readLatestPosts = async (
  client: Pick<DiscourseClient, 'listLatestPosts'>,
  { wanted, since }: { wanted: Set<number>; since: Date | null },
): Promise<LatestPostsRead> => {
  const byTopic = new Map<number, Post[]>()
  const seen = new Set<number>()
  let before: number | undefined
  let reachedSince = false
  let pagesRead = 0
  while (pagesRead < MAX_POST_PAGES && !reachedSince) {
    const page = await client.listLatestPosts(before)
    pagesRead++
    const fresh = page.filter((p) => !seen.has(p.id))
    if (fresh.length === 0) break
    for (const post of fresh) {
      seen.add(post.id)
      if (since && new Date(post.created_at) < since) reachedSince = true
      if (wanted.has(post.topic_id))
        byTopic.set(post.topic_id, [...(byTopic.get(post.topic_id) ?? []), post])
    }
    // Discourse reads ids up to `before`, that one included: the lowest seen comes back, and is dropped.
    before = Math.min(...fresh.map((p) => p.id))
    if (before <= 1) break // the forum's first post: nothing older
  }
  return { byTopic, reachedSince, pagesRead }
}
