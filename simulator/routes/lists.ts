// ListController (latest) and the category topic list: 30 a page, most recently bumped first.
import type { Request, Response, Router } from 'express'
import type { SimulatorContext } from '../context'
import { notFoundBody } from '../discourseErrors'
import { reply } from '../reply'
import { topicList } from '../serializers/topicList'
import type { SimTopic } from '../state'
import { actingUser, idParam, pageParam } from './params'

export const listRoutes = (router: Router, ctx: SimulatorContext): void => {
  const { state, settings } = ctx.forum

  /** Live topics this reader may see: anonymous readers do not see read-restricted categories. */
  const readable = (res: Response): SimTopic[] => {
    const staff = !!actingUser(res)
    return [...state.topics.values()].filter(
      (t) =>
        !t.deleted_at &&
        (staff || (t.visible && !state.categories.get(t.category_id)?.read_restricted)),
    )
  }

  /** external_id in the list only when the forum is set to send it, and only to staff keys. */
  const listOptions = (res: Response) => ({
    externalIds:
      settings.topic_list_external_ids &&
      Boolean(actingUser(res)?.admin || actingUser(res)?.moderator),
  })

  router.get('/latest.json', (req, res) => {
    reply(
      res,
      200,
      topicList(
        state,
        readable(res),
        pageParam(req),
        (page) => `/latest?page=${page}`,
        listOptions(res),
      ),
    )
  })

  const category = (req: Request, res: Response) => {
    const c = state.categories.get(idParam(req) ?? 0)
    if (!c || (c.read_restricted && !actingUser(res))) return reply(res, 404, notFoundBody())
    const topics = readable(res).filter((t) => t.category_id === c.id)
    reply(
      res,
      200,
      topicList(
        state,
        topics,
        pageParam(req),
        (page) => `/c/${c.slug}/${c.id}/l/latest?page=${page}`,
        listOptions(res),
      ),
    )
  }
  router.get('/c/:id.json', category)
  router.get('/c/:slug/:id.json', category)
}
