// Boots the product for a bridge benchmark: Payload on a temporary SQLite file behind the real
// express app with the webhook receiver mounted (as bootWithSimulator does), a fresh simulator
// with a set admin-API rate limit, and one bridge whose limiter records when each request
// leaves, so a benchmark can tell the limiter's pace from gaps in the work fed to it.
import { Router } from 'express'
import type { Payload } from 'payload'
import { parseEnv } from '@/config/env'
import { bridgeSettings } from '@/bridge/bridgeSettings'
import type { Bridge } from '@/bridge/createBridge'
import { createDiscourseClient, createDiscourseLimiter, type DiscourseLimiter } from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'
import { webhookRouter } from '@/bridge/webhooks/webhookRouter'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'

export const BENCH_WEBHOOK_SECRET = 'bench-webhook-secret'

export type BenchSpace = BootedSpace & {
  simulator: Simulator
  bridge: Bridge
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

export const bootBench = async ({ rate, webhook = true, env = {} }: BenchOptions): Promise<BenchSpace> => {
  const simulator = await startSimulator({ port: 0, apiKey: 'simulator-key', maxAdminApiReqsPerMinute: rate, logger: false })
  const overrides = {
    DISCOURSE_URL: simulator.url,
    DISCOURSE_API_KEY: 'simulator-key',
    DISCOURSE_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
    DISCOURSE_SYNC_COALESCE_MS: '0',
    DISCOURSE_MAX_REQUESTS_PER_MINUTE: String(rate),
    ...env,
  }
  const settings = bridgeSettings(parseEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', ...overrides }))
  const limiter = createDiscourseLimiter({ maxRequestsPerMinute: settings.maxRequestsPerMinute })
  const limiterStarts: number[] = []
  const recording: DiscourseLimiter = {
    ...limiter,
    schedule: <T>(task: () => Promise<T>) =>
      limiter.schedule<T>(() => {
        limiterStarts.push(Date.now())
        return task()
      }),
  }
  const client = createDiscourseClient({ baseUrl: settings.discourseUrl, apiKey: settings.apiKey, apiUsername: settings.apiUsername, timeoutMs: settings.timeoutMs, limiter: recording })
  const bridge: Bridge = { settings, client }
  const webhookArrivals = new Map<string, number>()
  let payloadRef: Payload | undefined
  const space = await bootSpace(overrides, {
    bridge,
    routers: [arrivalRecorder(webhookArrivals), webhookRouter({ payload: () => payloadRef!, secret: BENCH_WEBHOOK_SECRET })],
  })
  payloadRef = space.payload
  if (webhook) simulator.setWebhook({ url: `${space.url}/api/discourse/webhook`, secret: BENCH_WEBHOOK_SECRET })
  return {
    ...space,
    simulator,
    bridge,
    limiter: recording,
    limiterStarts,
    webhookArrivals,
    close: async () => {
      simulator.setWebhook(null)
      await simulator.webhooksIdle()
      await limiter.stop()
      await space.close()
      await simulator.close()
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
    const processing = await space.payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } }, overrideAccess: true })
    quiet = processing.totalDocs === 0 && space.limiter.queued() === 0 ? quiet + 1 : 0
    await new Promise((r) => setTimeout(r, 200))
  }
}
