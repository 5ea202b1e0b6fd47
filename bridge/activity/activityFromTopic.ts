import type { LatestReply } from '@/shared/latestReplies'

export type Post = {
  id: number
  post_number: number
  username: string
  name?: string | null
  avatar_template?: string
  cooked?: string
  created_at: string
}

export type TopicLike = {
  id: number
  slug: string
  posts_count: number
  like_count?: number
  views?: number
  participant_count?: number
  last_posted_at?: string | null
  bumped_at?: string | null
  post_stream?: { posts?: Post[]; stream?: number[] }
}

export const LATEST_REPLIES = 5

const plainExcerpt = (html = '', max = 240) => {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

const absolute = (base: string, url: string) =>
  /^https?:/.test(url) ? url : url.startsWith('//') ? `https:${url}` : `${base}${url}`

/** One post as the latest-replies snapshot keeps it (plain-text excerpt, absolute links). */
export const toLatestReply = (
  p: Post,
  topic: { id: number; slug: string },
  forumUrl: string,
): LatestReply => ({
  id: p.id,
  postNumber: p.post_number,
  username: p.username,
  name: p.name ?? null,
  avatarUrl: absolute(forumUrl, (p.avatar_template ?? '').replace('{size}', '90')),
  excerpt: plainExcerpt(p.cooked),
  createdAt: p.created_at,
  url: `${forumUrl}/t/${topic.slug}/${topic.id}/${p.post_number}`,
})

/** The counts and the latest-replies snapshot kept on a story, from a topic as Discourse serves it. */
export const activityFromTopic = (
  topic: TopicLike,
  forumUrl: string,
  posts: Post[] = topic.post_stream?.posts ?? [],
) => {
  const replies = posts
    .filter((p) => p.post_number > 1)
    .sort((a, b) => b.post_number - a.post_number)
    .slice(0, LATEST_REPLIES)
  const latestReplies: LatestReply[] = replies.map((p) => toLatestReply(p, topic, forumUrl))
  return {
    replyCount: Math.max(0, (topic.posts_count ?? 1) - 1),
    likeCount: topic.like_count ?? 0,
    views: topic.views ?? 0,
    participants: topic.participant_count ?? 0,
    lastActivityAt: topic.last_posted_at ?? topic.bumped_at ?? null,
    latestReplies,
  }
}
