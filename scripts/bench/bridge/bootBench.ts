// Boots the product for a bridge benchmark with the harness (bootSpace's simulator option, harness/bootSpace.ts): a
// fresh simulator with a set admin-API rate limit, and bridges whose limiters record when each
// request leaves, so a benchmark can tell the limiter's pace from gaps in the work fed to it.
// With `instances` above 1, more Payload instances on the same database, each with a bridge of
// its own: as separate worker processes are, they share only the database (and so the budget).
import { Router } from 'express'
import { getPayload, type Payload } from 'payload'
import { createBridge, type Bridge } from '@/bridge/createBridge'
import type { DiscourseLimiter } from '@/bridge/discourse'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import type { Env } from '@/config/env'
import { bootWithSimulator, type SpaceWithSimulator } from '@/harness/bootSpace'
import { JOBS_COLLECTION } from '@/bridge/outbox/jobs'

export type BenchSpace = SpaceWithSimulator & {
  /** Every instance's Payload, the booted one first: start a worker on each. */
  instances: Payload[]
  /** What the instances' limiters hold queued, together. */
  queued: () => number
  /** Date.now() each time the limiter let a request go. */
  limiterStarts: number[]
  /** Date.now() when each webhook delivery reached the receiver, by X-Discourse-Event-Id. */
  webhookArrivals: Map<string, number>
}

export type BenchOptions = {
  /** Requests a minute: the simulator's max_admin_api_reqs_per_minute and DISCOURSE_MAX_REQUESTS_PER_MINUTE. */
  rate: number
  /** Point the simulator's webhooks at the product's receiver, as a production forum is. */
  webhook?: boolean
  env?: Record<string, string>
  /** Payload instances on the one database (default 1). */
  instances?: number
}

/** Records arrival times, then hands the request on to the real receiver. */
const arrivalRecorder = (arrivals: Map<string, number>): Router => {
  const router = Router()
  router.post('/api/discourse/webhook', (req, _res, next) => {
    const id = req.get('x-discourse-event-id')
    if (id) arrivals.set(id, Date.now())
    next()
  })
  return router
}

export const bootBench = async ({
  rate,
  webhook = true,
  env = {},
  instances = 1,
}: BenchOptions): Promise<BenchSpace> => {
  const limiterStarts: number[] = []
  const limiters: DiscourseLimiter[] = []
  // The product's bridge, with a limiter that notes when it lets each request go.
  const recordingBridge = (parsed: Env): Bridge =>
    createBridge(parsed, {
      limiter: (inner) => {
        limiters.push(inner)
        return {
          ...inner,
          schedule: <T>(task: () => Promise<T>) =>
            inner.schedule<T>(() => {
              limiterStarts.push(Date.now())
              return task()
            }),
        }
      },
    })
  const webhookArrivals = new Map<string, number>()
  const space = await bootWithSimulator(
    { DISCOURSE_MAX_REQUESTS_PER_MINUTE: String(rate), ...env },
    {
      simulator: { maxAdminApiReqsPerMinute: rate, logger: false },
      webhook,
      routers: [arrivalRecorder(webhookArrivals)],
      bridge: recordingBridge,
    },
  )
  const keys = Array.from({ length: instances - 1 }, (_, i) => `bench-instance-${i + 2}`)
  const others: Payload[] = []
  for (const key of keys) {
    const bridge = recordingBridge(space.env)
    const payload = await getPayload({ config: createPayloadConfig(space.env, { bridge }), key })
    bridge.attach(payload)
    others.push(payload)
  }
  return {
    ...space,
    instances: [space.payload, ...others],
    queued: () => limiters.reduce((n, l) => n + l.queued(), 0),
    limiterStarts,
    webhookArrivals,
    close: async () => {
      space.simulator.setWebhook(null)
      await space.simulator.webhooksIdle()
      for (const limiter of limiters) await limiter.stop()
      for (const payload of others) await payload.destroy()
      const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
      for (const key of keys) cache?.delete(key)
      await space.close()
    },
  }
}

/**
 * Waits until nothing is left in flight: webhook deliveries sent, no job processing, nothing
 * queued in the limiter (jobs a webhook started in the background included). Bounded.
 */
export const settle = async (space: BenchSpace, { timeoutMs = 20_000 } = {}) => {
  const until = Date.now() + timeoutMs
  let quiet = 0
  while (quiet < 3 && Date.now() < until) {
    await space.simulator.webhooksIdle()
    const processing = await space.payload.count({
      collection: JOBS_COLLECTION,
      where: { processing: { equals: true } },
      overrideAccess: true,
    })
    quiet = processing.totalDocs === 0 && space.queued() === 0 ? quiet + 1 : 0
    await new Promise((r) => setTimeout(r, 200))
  }
}
