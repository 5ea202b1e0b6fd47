// The simulated forum's data: plain records in maps, like Discourse's tables, nothing clever.
import { seedCategories, seedUsers } from './seed'

export type SimUser = {
  id: number
  username: string
  name: string
  admin: boolean
  moderator: boolean
  trust_level: number
}

export type SimCategory = {
  id: number
  name: string
  slug: string
  color: string
  text_color: string
  description: string | null
  position: number
  read_restricted: boolean
}

export type SimPost = {
  id: number
  topic_id: number
  post_number: number
  user_id: number
  raw: string
  cooked: string
  created_at: string
  updated_at: string
  version: number
  like_count: number
  reads: number
  edit_reason: string | null
  deleted_at: string | null
}

export type SimTopic = {
  id: number
  title: string
  slug: string
  category_id: number
  user_id: number
  external_id: string | null
  embed_url: string | null
  tags: string[]
  created_at: string
  bumped_at: string
  last_posted_at: string
  last_post_user_id: number
  views: number
  visible: boolean
  closed: boolean
  archived: boolean
  deleted_at: string | null
  deleted_by_id: number | null
  post_ids: number[]
}

export type SimulatorState = {
  users: Map<number, SimUser>
  categories: Map<number, SimCategory>
  topics: Map<number, SimTopic>
  posts: Map<number, SimPost>
  tagIds: Map<string, number>
  nextTopicId: number
  nextPostId: number
  nextUserId: number
  lastTimestamp: number
  /** Who has viewed which topic today (Discourse keeps these keys in Redis for a day). */
  topicViews: { day: string; seen: Set<string> }
}

export const createState = (): SimulatorState => {
  const state = {} as SimulatorState
  resetState(state)
  return state
}

/** Back to the freshly seeded forum (POST /__simulator/reset). Mutates in place: callers hold the object. */
export const resetState = (state: SimulatorState): void => {
  state.users = new Map(seedUsers().map((u) => [u.id, u]))
  state.categories = new Map(seedCategories().map((c) => [c.id, c]))
  state.topics = new Map()
  state.posts = new Map()
  state.tagIds = new Map()
  // Real forums start their own topics at 1..n (About posts, welcome topics); start clear of them.
  state.nextTopicId = 10
  state.nextPostId = 20
  state.nextUserId = Math.max(...state.users.keys()) + 1
  state.lastTimestamp = 0
  state.topicViews = { day: '', seen: new Set() }
}

/** The state as a JSON text, with `extra` fields beside it (the built-in simulator keeps it in a file). */
export const serializeState = (
  state: SimulatorState,
  extra: Record<string, unknown> = {},
): string =>
  JSON.stringify({
    ...extra,
    version: 1,
    users: [...state.users.values()],
    categories: [...state.categories.values()],
    topics: [...state.topics.values()],
    posts: [...state.posts.values()],
    tagIds: [...state.tagIds],
    nextTopicId: state.nextTopicId,
    nextPostId: state.nextPostId,
    nextUserId: state.nextUserId,
    lastTimestamp: state.lastTimestamp,
    topicViews: { day: state.topicViews.day, seen: [...state.topicViews.seen] },
  })

/** Puts back what serializeState wrote, in place, and answers the whole record (extras too); throws on anything else. */
export const restoreState = (state: SimulatorState, text: string): Record<string, unknown> => {
  const saved = JSON.parse(text)
  if (saved?.version !== 1 || !Array.isArray(saved.topics) || !Array.isArray(saved.posts))
    throw new Error('not a simulator state (version 1)')
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))
  state.users = byId<SimUser>(saved.users)
  state.categories = byId<SimCategory>(saved.categories)
  state.topics = byId<SimTopic>(saved.topics)
  state.posts = byId<SimPost>(saved.posts)
  state.tagIds = new Map<string, number>(saved.tagIds)
  Object.assign(state, {
    nextTopicId: saved.nextTopicId,
    nextPostId: saved.nextPostId,
    nextUserId: saved.nextUserId,
    lastTimestamp: saved.lastTimestamp,
  })
  state.topicViews = { day: saved.topicViews.day, seen: new Set<string>(saved.topicViews.seen) }
  return saved
}

/** A strictly increasing clock, so "most recently bumped first" never ties within a millisecond. */
export const timestamp = (state: SimulatorState): string => {
  state.lastTimestamp = Math.max(Date.now(), state.lastTimestamp + 1)
  return new Date(state.lastTimestamp).toISOString()
}

export const findUserByUsername = (state: SimulatorState, username: string): SimUser | undefined =>
  [...state.users.values()].find((u) => u.username.toLowerCase() === username.toLowerCase())

/** A topic the API can see: soft-deleted topics answer 404 (see docs/DISCOURSE.md). */
export const liveTopic = (state: SimulatorState, id: number): SimTopic | undefined => {
  const topic = state.topics.get(id)
  return topic && !topic.deleted_at ? topic : undefined
}

export const topicPosts = (state: SimulatorState, topic: SimTopic): SimPost[] =>
  topic.post_ids.map((id) => state.posts.get(id)!).filter((p) => !p.deleted_at)
