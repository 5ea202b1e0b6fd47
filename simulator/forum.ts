// What happens on the forum: the operations behind both the Discourse routes and the control API.
// Each mutation notifies (for webhooks) the way Discourse's DiscourseEvent triggers would.
import type { SimulatorSiteSettings } from './settings'
import {
  timestamp,
  topicPosts,
  type SimPost,
  type SimTopic,
  type SimulatorState,
  type SimUser,
} from './state'
import { cook, slugify } from './text'
import {
  validateCategory,
  validateEmbedUrl,
  validateExternalId,
  validateRaw,
  validateTitle,
} from './validation'

export type ForumEvent =
  | {
      name: 'topic_created' | 'topic_edited' | 'topic_destroyed' | 'topic_recovered'
      topicId: number
    }
  | { name: 'post_created' | 'post_edited'; postId: number }
  | { name: 'post_liked'; postId: number; userId: number }

export type Forum = {
  state: SimulatorState
  settings: SimulatorSiteSettings
  notify: (event: ForumEvent) => void
}

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] }

export type NewTopic = {
  title: unknown
  raw: unknown
  category?: unknown
  tags?: unknown
  external_id?: unknown
  embed_url?: unknown
  created_at?: unknown
}

const addPost = (
  forum: Forum,
  topic: SimTopic,
  user: SimUser,
  raw: string,
  at: string,
): SimPost => {
  const { state } = forum
  const post: SimPost = {
    id: state.nextPostId++,
    topic_id: topic.id,
    post_number: topic.post_ids.length + 1,
    user_id: user.id,
    raw,
    cooked: cook(raw),
    created_at: at,
    updated_at: at,
    version: 1,
    like_count: 0,
    reads: 1,
    edit_reason: null,
    deleted_at: null,
  }
  state.posts.set(post.id, post)
  topic.post_ids.push(post.id)
  topic.last_posted_at = at
  topic.last_post_user_id = user.id
  return post
}

const registerTags = (state: SimulatorState, tags: string[]) => {
  for (const tag of tags) if (!state.tagIds.has(tag)) state.tagIds.set(tag, state.tagIds.size + 1)
}

export const createTopic = (
  forum: Forum,
  user: SimUser,
  input: NewTopic,
): Result<{ topic: SimTopic; post: SimPost }> => {
  const { state, settings } = forum
  const errors = [
    ...validateRaw(settings, input.raw, true),
    ...validateTitle(state, settings, input.title),
    ...validateCategory(state, input.category),
    ...validateExternalId(state, input.external_id),
    ...validateEmbedUrl(state, input.embed_url),
  ]
  if (errors.length) return { ok: false, errors }
  const now = timestamp(state)
  // created_at lets imports backdate a topic; Discourse accepts it from staff.
  const at =
    typeof input.created_at === 'string' && !Number.isNaN(Date.parse(input.created_at))
      ? new Date(input.created_at).toISOString()
      : now
  const title = String(input.title).trim()
  const topic: SimTopic = {
    id: state.nextTopicId++,
    title,
    slug: slugify(title),
    category_id: input.category ? Number(input.category) : 1,
    user_id: user.id,
    external_id: input.external_id ? String(input.external_id) : null,
    embed_url: typeof input.embed_url === 'string' ? input.embed_url : null,
    tags: Array.isArray(input.tags) ? input.tags.map(String) : [],
    created_at: at,
    bumped_at: at,
    last_posted_at: at,
    last_post_user_id: user.id,
    views: 0,
    visible: true,
    closed: false,
    archived: false,
    deleted_at: null,
    deleted_by_id: null,
    post_ids: [],
  }
  registerTags(state, topic.tags)
  state.topics.set(topic.id, topic)
  const post = addPost(forum, topic, user, String(input.raw), at)
  forum.notify({ name: 'topic_created', topicId: topic.id })
  forum.notify({ name: 'post_created', postId: post.id })
  return { ok: true, value: { topic, post } }
}

/** A reply bumps the topic (Discourse orders lists by bumped_at). */
export const createReply = (
  forum: Forum,
  topic: SimTopic,
  user: SimUser,
  raw: string,
): Result<SimPost> => {
  const errors = validateRaw(forum.settings, raw, false)
  if (errors.length) return { ok: false, errors }
  const at = timestamp(forum.state)
  const post = addPost(forum, topic, user, raw, at)
  topic.bumped_at = at
  forum.notify({ name: 'post_created', postId: post.id })
  return { ok: true, value: post }
}

/** PostRevisor: a new version; the topic is bumped only when its last post is edited. */
export const editPost = (
  forum: Forum,
  post: SimPost,
  raw: unknown,
  editReason?: unknown,
): Result<SimPost> => {
  const errors = validateRaw(forum.settings, raw, post.post_number === 1)
  if (errors.length) return { ok: false, errors }
  const topic = forum.state.topics.get(post.topic_id)!
  if (post.raw === raw) return { ok: true, value: post } // Discourse makes no revision for an unchanged body
  const at = timestamp(forum.state)
  Object.assign(post, { raw, cooked: cook(String(raw)), updated_at: at, version: post.version + 1 })
  post.edit_reason = typeof editReason === 'string' && editReason ? editReason : null
  if (topic.post_ids[topic.post_ids.length - 1] === post.id) topic.bumped_at = at
  forum.notify({ name: 'post_edited', postId: post.id })
  return { ok: true, value: post }
}

export const updateTopic = (
  forum: Forum,
  topic: SimTopic,
  changes: { title?: unknown; category_id?: unknown; tags?: unknown },
): Result<SimTopic> => {
  const errors = [
    ...(changes.title !== undefined
      ? validateTitle(forum.state, forum.settings, changes.title, topic.id)
      : []),
    ...validateCategory(forum.state, changes.category_id),
  ]
  if (errors.length) return { ok: false, errors }
  if (changes.title !== undefined) {
    topic.title = String(changes.title).trim()
    topic.slug = slugify(topic.title)
  }
  if (changes.category_id !== undefined && changes.category_id !== null)
    topic.category_id = Number(changes.category_id)
  // PostRevisor replaces the whole tag list; [] (or Rails' [""]) removes every tag.
  if (Array.isArray(changes.tags)) {
    topic.tags = changes.tags.map(String).filter((tag) => tag !== '')
    registerTags(forum.state, topic.tags)
  }
  forum.notify({ name: 'topic_edited', topicId: topic.id })
  return { ok: true, value: topic }
}

export const setTopicStatus = (
  forum: Forum,
  topic: SimTopic,
  status: 'visible' | 'closed' | 'archived',
  enabled: boolean,
): void => {
  topic[status] = enabled
  forum.notify({ name: 'topic_edited', topicId: topic.id })
}

/** Soft delete, as Discourse's trash!: the row stays (its external_id stays taken). */
export const deleteTopic = (forum: Forum, topic: SimTopic, by: SimUser): void => {
  const at = timestamp(forum.state)
  topic.deleted_at = at
  topic.deleted_by_id = by.id
  forum.notify({ name: 'topic_destroyed', topicId: topic.id })
}

export const recoverTopic = (forum: Forum, topic: SimTopic): void => {
  topic.deleted_at = null
  topic.deleted_by_id = null
  forum.notify({ name: 'topic_recovered', topicId: topic.id })
}

/** One like on one post, by one user; fires `post_liked` as Discourse's like webhook does. */
export const likePost = (forum: Forum, post: SimPost, user: SimUser): void => {
  post.like_count += 1
  forum.notify({ name: 'post_liked', postId: post.id, userId: user.id })
}

/**
 * Likes land on the first post; the topic's like_count is the sum over its posts. Each like
 * fires `post_liked` (one delivery per like, not per batch).
 */
export const addLikes = (forum: Forum, topic: SimTopic, likers: SimUser[]): void => {
  const first = topicPosts(forum.state, topic)[0]
  if (!first) return
  for (const user of likers) likePost(forum, first, user)
}

/**
 * A page view, counted as Discourse's TopicViewItem.add counts it: once per topic per visitor
 * (a user, else an IP address) per day. True when it counted. Views fire no webhook.
 */
export const viewTopic = (
  forum: Forum,
  topic: SimTopic,
  visitor: string,
  now = new Date(),
): boolean => {
  const views = forum.state.topicViews
  const day = now.toISOString().slice(0, 10)
  if (views.day !== day) Object.assign(views, { day, seen: new Set() })
  const key = `${topic.id}:${visitor}`
  if (views.seen.has(key)) return false
  views.seen.add(key)
  topic.views += 1
  return true
}
