// PostsController: POST /posts.json, GET and PUT /posts/{id}.json.
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
import { fullPost, createdPost, showPost, updatedPost } from '../serializers/post'
import { liveTopic } from '../state'
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
