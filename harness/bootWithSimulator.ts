// Boots the product against a fresh Discourse simulator: the bridge talks to the simulator,
// the simulator's webhooks come back to the product's receiver. Sync jobs run when the test
// calls drainSyncQueue (no background worker, so every step is deterministic).
import type { Payload } from 'payload'
import type { Router } from 'express'
import { startSimulator, type Simulator, type SimulatorOptions } from '@/simulator'
import { webhookRouter } from '@/bridge/webhooks/webhookRouter'
import { SYNC_QUEUE } from '@/bridge/sync/queueSync'
import { ACTIVITY_QUEUE } from '@/bridge/activity/RefreshTopicActivityTask'
import { bootSpace, type BootedSpace, type BootOptions } from './bootSpace'

export const WEBHOOK_SECRET = 'test-webhook-secret'

export type SpaceWithSimulator = BootedSpace & { simulator: Simulator }

export type SimulatorBootOptions = Pick<BootOptions, 'bridge'> & {
  /** Configured as a demo is (`npm start` with no DISCOURSE_URL), the bridge finding the simulator on SIMULATOR_PORT, instead of pointed at it as at a real forum. */
  builtIn?: boolean
  /** The simulator's own options (rate limit, logger). */
  simulator?: Omit<SimulatorOptions, 'port' | 'apiKey'>
  /** Point the simulator's webhooks at the product's receiver, as a production forum is (default true). */
  webhook?: boolean
  /** Express routers mounted before the webhook receiver (a benchmark's arrival recorder). */
  routers?: Router[]
}

export const bootWithSimulator = async (
  overrides: Record<string, string> = {},
  {
    builtIn = false,
    simulator: simulatorOptions = {},
    webhook = true,
    routers = [],
    bridge,
  }: SimulatorBootOptions = {},
): Promise<SpaceWithSimulator> => {
  const simulator = await startSimulator({ ...simulatorOptions, port: 0, apiKey: 'simulator-key' })
  const space = await bootSpace(
    {
      ...(builtIn
        ? { DISCOURSE_URL: '', SIMULATOR_PORT: String(simulator.port) }
        : { DISCOURSE_URL: simulator.url }),
      DISCOURSE_API_KEY: 'simulator-key',
      DISCOURSE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      DISCOURSE_SYNC_COALESCE_MS: '0',
      DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
      ...overrides,
    },
    {
      bridge,
      routers: [
        ...routers, // Read when a webhook arrives, by then `space` is booted.
        webhookRouter({ payload: () => space.payload, secret: WEBHOOK_SECRET }),
      ],
    },
  )
  if (webhook)
    simulator.setWebhook({ url: `${space.url}/api/discourse/webhook`, secret: WEBHOOK_SECRET })
  return {
    ...space,
    simulator,
    close: async () => {
      await space.close()
      await simulator.close()
    },
  }
}

/**
 * Runs due sync and activity jobs until none is left that is due now (bounded). Jobs a
 * webhook started in the background count until they finish, so the loop waits a little.
 */
export const drainSyncQueue = async (payload: Payload, { rounds = 200 } = {}) => {
  for (let i = 0; i < rounds; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 25))
    const due = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { in: [SYNC_QUEUE, ACTIVITY_QUEUE] } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          {
            or: [
              { waitUntil: { exists: false } },
              { waitUntil: { less_than_equal: new Date().toISOString() } },
            ],
          },
        ],
      },
      overrideAccess: true,
    })
    if (due.totalDocs === 0) return
    await payload.jobs.run({ queue: SYNC_QUEUE, limit: 50 })
    await payload.jobs.run({ queue: ACTIVITY_QUEUE, limit: 50 })
  }
  const left = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    limit: 5,
    depth: 0,
  })
  throw new Error(
    `sync queue did not drain: ${JSON.stringify(left.docs.map((j) => ({ task: j.taskSlug, input: j.input, processing: j.processing, waitUntil: j.waitUntil, error: j.error, key: (j as { concurrencyKey?: string }).concurrencyKey, log: j.log?.slice(-1) })))}`,
  )
}
