// Control API, topic side: inspect topics and make things happen "on the forum" (community
// activity, a moderator's edit) so tests and demos can create drift the bridge must notice.
import type { Router } from 'express'
import type { SimulatorContext } from './context'
import {
  addLikes,
  createReply,
  deleteTopic,
  editPost,
  recoverTopic,
  setTopicStatus,
  updateTopic,
} from './forum'
import { idParam } from './routes/params'
import { COMMUNITY_USERNAMES } from './seed'
import {
  findUserByUsername,
  topicPosts,
  type SimTopic,
  type SimulatorState,
  type SimUser,
} from './state'

export const topicSummary = (state: SimulatorState, t: SimTopic) => {
  const posts = topicPosts(state, t)
  return {
    id: t.id,
    title: t.title,
    slug: t.slug,
    category_id: t.category_id,
    external_id: t.external_id,
    embed_url: t.embed_url,
    tags: t.tags,
    visible: t.visible,
    closed: t.closed,
    archived: t.archived,
    deleted_at: t.deleted_at,
    created_at: t.created_at,
    bumped_at: t.bumped_at,
    posts_count: posts.length,
    like_count: posts.reduce((s, p) => s + p.like_count, 0),
    views: t.views,
    first_post: posts[0] ? { id: posts[0].id, raw: posts[0].raw, version: posts[0].version } : null,
  }
}

const count = (v: unknown) => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : 0)

export const controlTopicRoutes = (router: Router, ctx: SimulatorContext): void => {
  const { forum } = ctx
  const { state } = forum
  const find = (id: number | null) => (id === null ? undefined : state.topics.get(id))

  router.get(
    '/topics',
    (_req, res) => void res.json([...state.topics.values()].map((t) => topicSummary(state, t))),
  )
  router.get('/topics/:id', (req, res) => {
    const topic = find(idParam(req))
    if (!topic) return void res.status(404).json({ error: 'no such topic' })
    res.json(topicSummary(state, topic))
  })

  router.post('/topics/:id/activity', (req, res) => {
    const topic = find(idParam(req))
    if (!topic || topic.deleted_at) return void res.status(404).json({ error: 'no such topic' })
    const { replies, likes, views, username } = (req.body ?? {}) as Record<string, unknown>
    const pickUser = (i: number): SimUser => {
      const name =
        typeof username === 'string'
          ? username
          : COMMUNITY_USERNAMES[(topic.post_ids.length + i) % COMMUNITY_USERNAMES.length]
      const existing = findUserByUsername(state, name)
      if (existing) return existing
      const user: SimUser = {
        id: state.nextUserId++,
        username: name,
        name,
        admin: false,
        moderator: false,
        trust_level: 1,
      }
      state.users.set(user.id, user)
      return user
    }
    for (let i = 0; i < count(replies); i++) {
      const user = pickUser(i)
      createReply(
        forum,
        topic,
        user,
        `Reply ${topic.post_ids.length} from ${user.name}: thanks for sharing this story!`,
      )
    }
    addLikes(
      forum,
      topic,
      Array.from({ length: count(likes) }, (_, i) => pickUser(count(replies) + i)),
    )
    // Views fire no webhook on Discourse either: only a reconciliation pass brings them back.
    topic.views += count(views)
    res.json(topicSummary(state, topic))
  })

  router.patch('/topics/:id', (req, res) => {
    const topic = find(idParam(req))
    if (!topic) return void res.status(404).json({ error: 'no such topic' })
    const b = (req.body ?? {}) as Record<string, unknown>
    const errors: string[] = []
    if (b.title !== undefined || b.categoryId !== undefined || b.tags !== undefined) {
      const r = updateTopic(forum, topic, {
        title: b.title,
        category_id: b.categoryId,
        tags: b.tags,
      })
      if (!r.ok) errors.push(...r.errors)
    }
    const first = topicPosts(state, topic)[0]
    if (b.raw !== undefined && first) {
      const r = editPost(forum, first, b.raw, 'edited on the forum')
      if (!r.ok) errors.push(...r.errors)
    }
    for (const status of ['visible', 'closed', 'archived'] as const)
      if (typeof b[status] === 'boolean') setTopicStatus(forum, topic, status, b[status] as boolean)
    if (b.deleted === true && !topic.deleted_at)
      deleteTopic(forum, topic, findUserByUsername(state, 'system')!)
    if (b.deleted === false && topic.deleted_at) recoverTopic(forum, topic)
    if (errors.length) return void res.status(422).json({ errors })
    res.json(topicSummary(state, topic))
  })
}
