import type { Payload } from 'payload'
import type { Env } from '@/config/env'
import {
  budgetKey,
  createDiscourseClient,
  createDiscourseLimiter,
  createSharedLimiter,
  payloadBudgetStore,
  type DiscourseClient,
  type DiscourseLimiter,
} from './discourse'
import { bridgeSettings, type BridgeSettings } from './bridgeSettings'

export type Bridge = {
  settings: BridgeSettings
  client: DiscourseClient
  /**
   * Gives the bridge the running Payload once it is up: from then on its requests draw on the
   * one budget per forum API key that every process on this database shares (payload-kv rows,
   * bridge/discourse/sharedLimiter.ts). Every process entry that sends requests calls it.
   */
  attach(payload: Payload): void
}

/**
 * The limiter of one process: the shared budget once Payload is attached; before that (a test
 * that builds a bridge of its own and never attaches one) a budget of this process alone.
 */
const budgetLimiter = (settings: BridgeSettings) => {
  let payload: Payload | undefined
  const alone = createDiscourseLimiter({ maxRequestsPerMinute: settings.maxRequestsPerMinute })
  const shared = createSharedLimiter({
    store: payloadBudgetStore(() => payload!),
    budget: budgetKey(settings.discourseUrl, settings.apiKey),
    maxRequestsPerMinute: settings.maxRequestsPerMinute,
  })
  const current = () => (payload ? shared : alone)
  const limiter: DiscourseLimiter = {
    schedule: (task) => current().schedule(task),
    pause: (ms) => current().pause(ms),
    queued: () => alone.queued() + shared.queued(),
    stop: async () => void (await Promise.all([alone.stop(), shared.stop()])),
  }
  return { limiter, attach: (running: Payload) => void (payload = running) }
}

/**
 * One client per process, shared by the sync worker, reconciliation and the CLI; its requests
 * share one budget with every other process on the same database once attached.
 */
export const createBridge = (
  env: Env,
  overrides: {
    client?: DiscourseClient
    /** Wraps the process's limiter (a benchmark notes when it lets each request go). */
    limiter?: (limiter: DiscourseLimiter) => DiscourseLimiter
  } = {},
): Bridge => {
  const settings = bridgeSettings(env)
  if (overrides.client) return { settings, client: overrides.client, attach: () => undefined }
  const { limiter, attach } = budgetLimiter(settings)
  const client = createDiscourseClient({
    baseUrl: settings.discourseUrl,
    apiKey: settings.apiKey,
    apiUsername: settings.apiUsername,
    timeoutMs: settings.timeoutMs,
    limiter: overrides.limiter ? overrides.limiter(limiter) : limiter,
  })
  return { settings, client, attach }
}
