// The forum as a browser sees it: topic pages at every URL shape Discourse links to
// (/t/{id}, /t/{slug}/{id}, /t/{slug}/{id}/{post_number}, /t/{id}/{post_number}), the latest
// topics at /, and two form endpoints (reply, like) that redirect back. These run before the
// API's auth: a browser has no API key. A request for a .json path, or one that asks for JSON,
// goes on to the API untouched.
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import type { SimulatorContext } from '../context'
import { createReply, likePost, viewTopic } from '../forum'
import { COMMUNITY_USERNAMES } from '../seed'
import { findUserByUsername, liveTopic, topicPosts, type SimTopic } from '../state'
import { PAGE_HEADERS } from './html'
import { renderLatestPage, renderMessagePage, renderNotFoundPage } from './indexPages'
import { canLike, canReply, renderTopicPage, topicPath, type TopicPageOptions } from './topicPage'

const number = (s: string | undefined) =>
  s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : null

/** Discourse's routes for a topic; both /t/{slug}/{id} and /t/{id}/{post_number} have two numbers. */
const resolve = (
  ctx: SimulatorContext,
  parts: string[],
): { topicId: number; target?: number } | null => {
  const [a, b, c] = parts
  const [na, nb, nc] = [number(a), number(b), number(c)]
  if (parts.length === 1) return na ? { topicId: na } : null
  if (parts.length === 3) return nb && nc ? { topicId: nb, target: nc } : null
  if (nb === null) return null
  if (na === null || ctx.forum.state.topics.get(nb)?.slug === a) return { topicId: nb }
  return { topicId: na, target: nb }
}

export const pageRoutes = (ctx: SimulatorContext): Router => {
  const router = express.Router()
  const { forum, forms } = ctx
  const { state, settings } = forum
  const send = (res: Response, status: number, html: string) =>
    void res.status(status).set(PAGE_HEADERS).send(html)
  const notFound = (res: Response) => send(res, 404, renderNotFoundPage(settings.title))
  const refuse = (res: Response, title: string, message: string) =>
    send(res, 403, renderMessagePage(settings.title, title, message))
  // Anonymous visitors cannot see read-restricted categories (Staff), as on Discourse.
  const visible = (topic: SimTopic | undefined) =>
    topic && !state.categories.get(topic.category_id)?.read_restricted ? topic : undefined
  const page = (
    res: Response,
    status: number,
    topic: SimTopic,
    opts: Omit<TopicPageOptions, 'siteTitle' | 'token'> = {},
  ) =>
    send(
      res,
      status,
      renderTopicPage(state, topic, {
        ...opts,
        siteTitle: settings.title,
        token: forms.issue(topic.id),
      }),
    )
  const wantsPage = (req: Request) =>
    !req.path.endsWith('.json') && req.accepts(['html', 'json']) === 'html'

  const show = (req: Request, res: Response, next: NextFunction) => {
    if (!wantsPage(req)) return next()
    const { a, b, c } = req.params as Record<string, string | undefined>
    const found = resolve(
      ctx,
      [a, b, c].filter((p): p is string => p !== undefined),
    )
    const topic = visible(found ? liveTopic(state, found.topicId) : undefined)
    if (!topic) return notFound(res)
    if (req.method === 'GET') viewTopic(forum, topic, `ip-${req.socket.remoteAddress ?? 'unknown'}`)
    page(res, 200, topic, { target: found?.target })
  }
  router.get(['/t/:a', '/t/:a/:b', '/t/:a/:b/:c'], show)
  router.get('/', (req, res, next) => {
    if (!wantsPage(req)) return next()
    const topics = [...state.topics.values()].filter(
      (t) => !t.deleted_at && t.visible && visible(t),
    )
    send(res, 200, renderLatestPage(settings.title, state, topics))
  })

  /** A form post must carry this topic's page token and, when the browser names one, come from this origin. */
  const formTopic = (req: Request, res: Response): SimTopic | undefined => {
    const origin = req.get('Origin')
    const sameOrigin = !origin || origin === `${req.protocol}://${req.get('host')}`
    const topicId = number(String(req.params.id)) ?? 0
    if (!sameOrigin || !forms.check(((req.body ?? {}) as Record<string, unknown>).token, topicId)) {
      refuse(
        res,
        'This form has expired',
        'The form was not sent from this topic’s page, or the page is more than two hours old. Go back, reload the page and try again.',
      )
      return undefined
    }
    const topic = visible(liveTopic(state, topicId))
    if (!topic) notFound(res)
    return topic
  }
  const backTo = (res: Response, topic: SimTopic, postNumber: number) =>
    res.redirect(303, `${topicPath(topic)}/${postNumber}#post_${postNumber}`)

  router.post('/t/:id/reply', (req, res) => {
    const topic = formTopic(req, res)
    if (!topic) return
    if (!canReply(topic)) return refuse(res, 'This topic is closed', 'It takes no new replies.')
    const { raw, username } = req.body as Record<string, unknown>
    const draft = {
      raw: typeof raw === 'string' ? raw : '',
      username: typeof username === 'string' ? username : '',
    }
    const user = COMMUNITY_USERNAMES.includes(draft.username)
      ? findUserByUsername(state, draft.username)
      : undefined
    if (!user)
      return page(res, 422, topic, {
        draft,
        errors: ['Choose one of the community members to post as.'],
      })
    // The same operation as POST /posts.json: the reply bumps the topic and fires post_created.
    const result = createReply(forum, topic, user, draft.raw)
    if (!result.ok) return page(res, 422, topic, { draft, errors: result.errors })
    backTo(res, topic, result.value.post_number)
  })

  router.post('/t/:id/posts/:postNumber/like', (req, res) => {
    const topic = formTopic(req, res)
    if (!topic) return
    if (!canLike(topic))
      return refuse(res, 'This topic is archived', 'Its posts take no new likes.')
    const post = topicPosts(state, topic).find(
      (p) => p.post_number === number(String(req.params.postNumber)),
    )
    if (!post) return notFound(res)
    // Community members like in turn: the simulator keeps no per-user like limits.
    const user = findUserByUsername(
      state,
      COMMUNITY_USERNAMES[post.like_count % COMMUNITY_USERNAMES.length],
    )!
    likePost(forum, post, user)
    backTo(res, topic, post.post_number)
  })
  return router
}
