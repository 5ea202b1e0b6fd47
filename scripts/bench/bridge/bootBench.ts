// Boots the product for a bridge benchmark with the harness (bootSpace's simulator option, harness/bootSpace.ts): a
// fresh simulator with a set admin-API rate limit, and one bridge whose limiter records when each
// request leaves, so a benchmark can tell the limiter's pace from gaps in the work fed to it.
import { Router } from 'express'
import { createBridge, type Bridge } from '@/bridge/createBridge'
import type { DiscourseLimiter } from '@/bridge/discourse'
import type { Env } from '@/config/env'
import { bootWithSimulator, type SpaceWithSimulator } from '@/harness/bootSpace'

export type BenchSpace = SpaceWithSimulator & {
  limiter: DiscourseLimiter
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
}: BenchOptions): Promise<BenchSpace> => {
  const limiterStarts: number[] = []
  let limiter: DiscourseLimiter | undefined
  let recording: DiscourseLimiter | undefined
  // The product's bridge, with a limiter that notes when it lets each request go.
  const recordingBridge = (parsed: Env): Bridge =>
    createBridge(parsed, {
      limiter: (inner) => {
        limiter = inner
        recording = {
          ...inner,
          schedule: <T>(task: () => Promise<T>) =>
            inner.schedule<T>(() => {
              limiterStarts.push(Date.now())
              return task()
            }),
        }
        return recording
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
  return {
    ...space,
    limiter: recording!,
    limiterStarts,
    webhookArrivals,
    close: async () => {
      space.simulator.setWebhook(null)
      await space.simulator.webhooksIdle()
      await limiter!.stop()
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
      collection: 'payload-jobs',
      where: { processing: { equals: true } },
      overrideAccess: true,
    })
    quiet = processing.totalDocs === 0 && space.limiter.queued() === 0 ? quiet + 1 : 0
    await new Promise((r) => setTimeout(r, 200))
  }
}
