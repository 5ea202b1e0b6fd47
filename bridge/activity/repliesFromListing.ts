import type { LatestReply } from '@/shared/latestReplies'
import { LATEST_REPLIES, toLatestReply, type Post } from './activityFromTopic'

/** What the document holds of a topic's discussion, as the previous refresh left it. */
export type StoredDiscussion = {
  replyCount: number
  participants: number
  latestReplies: LatestReply[]
}

/** The topic's posts the latest-posts listing showed, and whether they are all of its new ones. */
export type ListedPosts = {
  topic: { id: number; slug: string; replyCount: number }
  posts: Post[]
  /** The listing was read back past the previous pass's start: every post made since is here. */
  complete: boolean
}

/**
 * The latest replies and the participant count of a topic, from the posts the latest-posts
 * listing showed and the stored snapshot, when those determine them exactly; null when they do
 * not (posts missing from the listing, a deleted reply, an author who may have posted before),
 * and the topic must be fetched instead.
 */
export const repliesFromListing = (
  stored: StoredDiscussion,
  listed: ListedPosts,
  { forumUrl, opUsername }: { forumUrl: string; opUsername: string },
): { latestReplies: LatestReply[]; participants: number } | null => {
  const seen = [...new Map(listed.posts.map((p) => [p.id, p])).values()]
  // The listing is newest first and read without gaps: with the first post, all are in view.
  if (seen.some((p) => p.post_number === 1)) {
    // The whole topic is in view: count it, as Discourse does (every distinct poster).
    if (seen.length !== listed.topic.replyCount + 1) return null
    return {
      latestReplies: newestFirst(seen.filter((p) => p.post_number > 1))
        .slice(0, LATEST_REPLIES)
        .map((p) => toLatestReply(p, listed.topic, forumUrl)),
      participants: new Set(seen.map((p) => p.username)).size,
    }
  }
  if (!listed.complete) return null
  const newestStored = Math.max(1, ...stored.latestReplies.map((r) => r.postNumber))
  const added = seen.filter((p) => p.post_number > newestStored)
  // Exactly the replies the count grew by: none deleted, none made outside what was read.
  if (added.length !== listed.topic.replyCount - stored.replyCount) return null
  const latestReplies = [
    ...added.map((p) => toLatestReply(p, listed.topic, forumUrl)),
    ...stored.latestReplies,
  ]
    .sort((a, b) => b.postNumber - a.postNumber)
    .slice(0, LATEST_REPLIES)
  // A snapshot that did not match its own count cannot be built on.
  if (latestReplies.length !== Math.min(LATEST_REPLIES, listed.topic.replyCount)) return null
  const participants = participantsAfter(stored, added, opUsername)
  return participants === null ? null : { latestReplies, participants }
}

const newestFirst = (posts: Post[]) => [...posts].sort((a, b) => b.post_number - a.post_number)

/**
 * The participant count after `added`: unchanged when every new author is known to have posted
 * (the topic's author, or among the stored latest replies); when the known authors are all the
 * participants there are, each unknown one is new; otherwise it cannot be told without the topic.
 * The topic's author is the API user: Space creates the topics it links.
 */
const participantsAfter = (
  stored: StoredDiscussion,
  added: Post[],
  opUsername: string,
): number | null => {
  const known = new Set([opUsername, ...stored.latestReplies.map((r) => r.username)])
  // With no replies yet, the topic's author is its only participant, whatever was stored.
  const before = stored.replyCount === 0 ? 1 : stored.participants
  const unknown = new Set(added.map((p) => p.username).filter((u) => !known.has(u)))
  if (unknown.size === 0) return before
  return before === known.size ? before + unknown.size : null
}
