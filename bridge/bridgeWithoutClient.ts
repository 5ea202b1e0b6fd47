import type { Env } from '@/config/env'
import { bridgeSettings } from './bridgeSettings'
import type { Bridge } from './createBridge'
import type { DiscourseClient } from './discourse'

/**
 * The bridge for a process where no sync job ever runs: a web process (ROLE=web), Payload's CLI
 * and the Next admin bundle (payload.config.ts), migrations, seeding. The settings are real (the save-time forum check
 * reads them from the config); there is no Discourse client, and a task that tried to use one
 * fails with "no bridge in this process" instead of quietly building one.
 */
export const bridgeWithoutClient = (env: Env): Bridge => ({
  settings: bridgeSettings(env),
  client: new Proxy({} as DiscourseClient, {
    get: (_target, name) => {
      if (name === 'then' || typeof name === 'symbol') return undefined
      throw new Error(
        `no Discourse client in this process (its ${String(name)} was asked for): forum requests run on workers`,
      )
    },
  }),
  // Nothing here sends requests, so there is no budget to share.
  attach: () => undefined,
})
