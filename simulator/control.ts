// The control API under /__simulator/: no API key, loopback only. For tests and demos.
import express, { type RequestHandler, type Router } from 'express'
import type { SimulatorContext } from './context'
import { controlTopicRoutes, topicSummary } from './controlTopics'
import { noFaults, type Faults } from './faults'
import { resetState } from './state'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

export const loopbackOnly: RequestHandler = (req, res, next) =>
  LOOPBACK.has(req.socket.remoteAddress ?? '')
    ? next()
    : void res.status(403).json({ error: 'the control API answers loopback only' })

const FAULT_STATUSES = [500, 502, 503]

const applyFaults = (faults: Faults, input: Record<string, unknown>): string[] => {
  const problems: string[] = []
  const int = (key: 'failNext' | 'latencyMs' | 'dropAfterCommitNext') => {
    if (input[key] === undefined) return
    if (Number.isInteger(input[key]) && (input[key] as number) >= 0)
      faults[key] = input[key] as number
    else problems.push(`${key} must be a non-negative integer`)
  }
  int('failNext')
  int('latencyMs')
  int('dropAfterCommitNext')
  if (input.down !== undefined) faults.down = input.down === true
  if (input.status !== undefined) {
    if (FAULT_STATUSES.includes(input.status as number))
      faults.status = input.status as Faults['status']
    else problems.push('status must be 500, 502 or 503')
  }
  return problems
}

export const controlRouter = (ctx: SimulatorContext, onReset: () => void): Router => {
  const router = express.Router()
  router.use(loopbackOnly)
  const { state, settings } = ctx.forum

  router.get(
    '/state',
    (_req, res) =>
      void res.json({
        simulator: true,
        settings,
        faults: ctx.faults,
        webhook: ctx.webhooks.config() ? { url: ctx.webhooks.config()!.url } : null,
        categories: [...state.categories.values()].map(({ id, name, slug }) => ({
          id,
          name,
          slug,
        })),
        topics: [...state.topics.values()].map((t) => topicSummary(state, t)),
        requests: ctx.requestLog.entries.length,
      }),
  )

  router.get('/faults', (_req, res) => void res.json(ctx.faults))
  router.post('/faults', (req, res) => {
    const problems = applyFaults(ctx.faults, (req.body ?? {}) as Record<string, unknown>)
    if (problems.length) return void res.status(400).json({ errors: problems })
    res.json(ctx.faults)
  })
  router.delete('/faults', (_req, res) => void res.json(Object.assign(ctx.faults, noFaults())))

  router.get('/requests', (_req, res) => void res.json(ctx.requestLog.entries))
  router.delete('/requests', (_req, res) => {
    ctx.requestLog.entries.length = 0
    res.status(204).end()
  })

  router.put('/webhook', (req, res) => {
    const { url, secret } = (req.body ?? {}) as Record<string, unknown>
    if (typeof url !== 'string' || typeof secret !== 'string' || !url || !secret)
      return void res.status(400).json({ errors: ['give url and secret'] })
    ctx.webhooks.configure({ url, secret })
    res.json({ url })
  })
  router.delete('/webhook', (_req, res) => {
    ctx.webhooks.configure(null)
    res.status(204).end()
  })
  router.get('/webhooks', (_req, res) => void res.json(ctx.webhooks.deliveries))

  /** Site settings such as max_admin_api_reqs_per_minute or min_topic_title_length. */
  router.put('/settings', (req, res) => {
    for (const [key, value] of Object.entries((req.body ?? {}) as Record<string, unknown>))
      if (key in settings && typeof value === typeof settings[key as keyof typeof settings])
        Object.assign(settings, { [key]: value })
    res.json(settings)
  })

  router.post('/reset', (_req, res) => {
    resetState(state)
    onReset()
    res.json({ reset: true })
  })

  controlTopicRoutes(router, ctx)
  return router
}
