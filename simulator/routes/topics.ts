// TopicsController: show (by id, by slug/id, by external_id), update, status, destroy.
import type { Request, Response, Router } from 'express'
import type { SimulatorContext } from '../context'
import {
  invalidParametersBody,
  notFoundBody,
  notLoggedInBody,
  recordInvalidBody,
} from '../discourseErrors'
import { deleteTopic, setTopicStatus, updateTopic } from '../forum'
import { reply } from '../reply'
import { topicView } from '../serializers/topicView'
import { liveTopic } from '../state'
import { fancyTitle } from '../text'
import { actingUser, body, idParam } from './params'

const STATUSES = ['visible', 'closed', 'archived'] as const

export const topicRoutes = (router: Router, ctx: SimulatorContext): void => {
  const { forum } = ctx
  const { state } = forum

  // Registered before /t/:slug/:id.json, which would otherwise match it.
  router.get('/t/external_id/:externalId.json', (req, res) => {
    const ext = String(req.params.externalId)
    const topic = [...state.topics.values()].find((t) => t.external_id === ext && !t.deleted_at)
    if (!topic) return reply(res, 404, notFoundBody())
    // redirect_to_correct_topic: 301 to the canonical URL, ".json" kept, absolute as Rails makes it.
    const location = `${req.protocol}://${req.get('host')}/t/${topic.slug}/${topic.id}.json`
    res
      .status(301)
      .location(location)
      .type('text/html')
      .send(`<html><body>You are being <a href="${location}">redirected</a>.</body></html>`)
  })

  const show = (req: Request, res: Response) => {
    const topic = liveTopic(state, idParam(req) ?? 0)
    if (!topic) return reply(res, 404, notFoundBody())
    reply(res, 200, topicView(state, topic, actingUser(res)?.id ?? 0))
  }
  router.get('/t/:id.json', show)
  router.get('/t/:slug/:id.json', show)

  // Before /t/:slug/:id.json, which would read "status" as an id.
  router.put('/t/:id/status.json', (req, res) => {
    if (!actingUser(res)) return reply(res, 403, notLoggedInBody())
    const topic = liveTopic(state, idParam(req) ?? 0)
    if (!topic) return reply(res, 404, notFoundBody())
    const { status, enabled } = body(req)
    if (!STATUSES.includes(status as (typeof STATUSES)[number]))
      return reply(res, 400, invalidParametersBody('status'))
    if (!['true', 'false', true, false].includes(enabled as string))
      return reply(res, 400, invalidParametersBody('enabled'))
    setTopicStatus(forum, topic, status as (typeof STATUSES)[number], String(enabled) === 'true')
    reply(res, 200, { success: 'OK', topic_status_update: null })
  })

  const update = (req: Request, res: Response) => {
    if (!actingUser(res)) return reply(res, 403, notLoggedInBody())
    const topic = liveTopic(state, idParam(req) ?? 0)
    if (!topic) return reply(res, 404, notFoundBody())
    // Discourse reads top-level params; the wrapped { topic: {...} } form of the spec is accepted too.
    const input = body(req)
    const wrapped = (input.topic && typeof input.topic === 'object' ? input.topic : {}) as Record<
      string,
      unknown
    >
    const result = updateTopic(forum, topic, {
      title: input.title ?? wrapped.title,
      category_id: input.category_id ?? wrapped.category_id,
      tags: input.tags ?? wrapped.tags,
    })
    if (!result.ok) return reply(res, 422, recordInvalidBody(result.errors))
    const t = result.value
    reply(res, 200, {
      basic_topic: {
        id: t.id,
        title: t.title,
        fancy_title: fancyTitle(t.title),
        slug: t.slug,
        posts_count: t.post_ids.length,
      },
    })
  }
  router.put('/t/-/:id.json', update)
  router.put('/t/:slug/:id.json', update)

  router.delete('/t/:id.json', (req, res) => {
    const user = actingUser(res)
    if (!user) return reply(res, 403, notLoggedInBody())
    const topic = liveTopic(state, idParam(req) ?? 0)
    if (!topic) return reply(res, 404, notFoundBody())
    deleteTopic(forum, topic, user)
    reply(res, 200)
  })
}
