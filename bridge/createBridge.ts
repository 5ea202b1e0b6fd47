import type { Env } from '@/config/env'
import { createDiscourseClient, createDiscourseLimiter, type DiscourseClient } from './discourse'
import { bridgeSettings, type BridgeSettings } from './bridgeSettings'

export type Bridge = { settings: BridgeSettings; client: DiscourseClient }

/**
 * One client and one limiter per process, shared by the sync worker, reconciliation and
 * the CLI, so together they stay inside the forum's request budget.
 */
export const createBridge = (env: Env, overrides: { client?: DiscourseClient } = {}): Bridge => {
  const settings = bridgeSettings(env)
  const client =
    overrides.client ??
    createDiscourseClient({
      baseUrl: settings.discourseUrl,
      apiKey: settings.apiKey,
      apiUsername: settings.apiUsername,
      timeoutMs: settings.timeoutMs,
      limiter: createDiscourseLimiter({ maxRequestsPerMinute: settings.maxRequestsPerMinute }),
    })
  return { settings, client }
}
