// PostsController: POST /posts.json, GET /posts.json (latest posts), GET and PUT
// /posts/{id}.json; and TopicsController#posts, GET /t/{id}/posts.json (chosen posts by id).
import type { Router } from 'express'
import type { SimulatorContext } from '../context'
import {
  createPostFailedBody,
  notFoundBody,
  notLoggedInBody,
  recordInvalidBody,
} from '../discourseErrors'
import { createReply, createTopic, editPost } from '../forum'
import { reply } from '../reply'
import {
  fullPost,
  createdPost,
  latestPost,
  showPost,
  streamPost,
  updatedPost,
} from '../serializers/post'
import { liveTopic, type SimPost } from '../state'
import { actingUser, body, idParam } from './params'

export const postRoutes = (router: Router, ctx: SimulatorContext): void => {
  const { forum } = ctx
  const { state } = forum

  router.post('/posts.json', (req, res) => {
    const user = actingUser(res)
    if (!user) return reply(res, 403, notLoggedInBody())
    const input = body(req)
    if (input.topic_id !== undefined) {
      const topic = liveTopic(state, Number(input.topic_id))
      if (!topic) return reply(res, 404, notFoundBody())
      const result = createReply(forum, topic, user, String(input.raw ?? ''))
      if (!result.ok) return reply(res, 422, createPostFailedBody(result.errors))
      return reply(res, 200, createdPost(fullPost(state, result.value, user.id)))
    }
    const result = createTopic(forum, user, { ...input, title: input.title, raw: input.raw })
    if (!result.ok) return reply(res, 422, createPostFailedBody(result.errors))
    reply(res, 200, createdPost(fullPost(state, result.value.post, user.id)))
  })

  const livePost = (id: number | null) => {
    const post = id === null ? undefined : state.posts.get(id)
    return post && !post.deleted_at && liveTopic(state, post.topic_id) ? post : undefined
  }

  // PostsController#latest reads a window of 50 ids up to `before` (inclusive; the newest post's
  // id without it), newest first, public posts only: a window of hidden ones answers fewer or none.
  const LATEST_WINDOW = 50
  router.get('/posts.json', (req, res) => {
    const staff = !!actingUser(res)
    const newestId = Math.max(0, ...state.posts.keys())
    const raw = Number(req.query.before)
    const before = Number.isInteger(raw) && raw > 0 ? raw : newestId
    const posts = [...state.posts.values()].filter((p) => {
      if (p.id > before || p.id <= before - LATEST_WINDOW || p.deleted_at) return false
      const topic = liveTopic(state, p.topic_id)
      const category = topic && state.categories.get(topic.category_id)
      return !!topic && (staff || (topic.visible && !category?.read_restricted))
    })
    posts.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
    const userId = actingUser(res)?.id ?? 0
    reply(res, 200, {
      latest_posts: posts.map((p) => latestPost(state, fullPost(state, p, userId))),
    })
  })

  // Registered before the topic routes, whose /t/:slug/:id.json would take "posts" for an id.
  router.get('/t/:id/posts.json', (req, res) => {
    const topic = liveTopic(state, idParam(req) ?? 0)
    if (!topic) return reply(res, 404, notFoundBody())
    const given = req.query['post_ids[]'] ?? req.query.post_ids
    const ids = new Set((Array.isArray(given) ? given : [given]).map(Number))
    const posts = topic.post_ids
      .map((id) => state.posts.get(id))
      .filter((p): p is SimPost => !!p && !p.deleted_at && ids.has(p.id))
    const userId = actingUser(res)?.id ?? 0
    reply(res, 200, {
      post_stream: { posts: posts.map((p) => streamPost(fullPost(state, p, userId))) },
      id: topic.id,
    })
  })

  router.get('/posts/:id.json', (req, res) => {
    const post = livePost(idParam(req))
    if (!post) return reply(res, 404, notFoundBody())
    reply(res, 200, showPost(fullPost(state, post, actingUser(res)?.id ?? 0)))
  })

  router.put('/posts/:id.json', (req, res) => {
    const user = actingUser(res)
    if (!user) return reply(res, 403, notLoggedInBody())
    const post = livePost(idParam(req))
    if (!post) return reply(res, 404, notFoundBody())
    const fields = body(req).post as Record<string, unknown> | undefined
    // params.require(:post) in PostsController#update
    if (!fields || typeof fields !== 'object')
      return reply(res, 400, recordInvalidBody(['param is missing or the value is empty: post']))
    const result = editPost(forum, post, fields.raw, fields.edit_reason)
    if (!result.ok) return reply(res, 422, recordInvalidBody(result.errors))
    reply(res, 200, updatedPost(fullPost(state, result.value, user.id)))
  })
}
