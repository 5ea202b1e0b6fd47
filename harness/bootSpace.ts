// The one in-process boot of the product, for integration tests and benchmarks: Payload on a
// fresh temporary database (SQLite unless DATABASE_URL is given) behind the real express app,
// on a random port; with `simulator`, also a fresh Discourse simulator the bridge talks to, whose
// webhooks come back to the product's receiver. Sync jobs run when the caller calls
// drainSyncQueue (no background worker, so every step is deterministic).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getPayload, type Payload } from 'payload'
import { parseEnv, type Env } from '@/config/env'
import { createPayloadConfig, type ConfigOptions } from '@/config/createPayloadConfig'
import { createBridge, type Bridge } from '@/bridge/createBridge'
import { seedDefaults } from '@/seed/seedDefaults'
import { createApp, type AppOptions } from '@/src/server/createApp'
import { listen } from '@/src/server/httpServer'
import { startSimulator, type Simulator, type SimulatorOptions } from '@/simulator'
import { webhookRouter } from '@/bridge/webhooks/webhookRouter'
import {
  ACTIVITY_QUEUE,
  BRIDGE_QUEUES,
  dueBy,
  JOBS_COLLECTION,
  liveJobsWhere,
  SYNC_QUEUE,
} from '@/bridge/outbox/jobs'

export const WEBHOOK_SECRET = 'test-webhook-secret'
const SIMULATOR_API_KEY = 'simulator-key'

export type BootedSpace = {
  env: Env
  payload: Payload
  bridge: Bridge
  url: string
  close: () => Promise<void>
}

export type SpaceWithSimulator = BootedSpace & { simulator: Simulator }

/** The simulator part of a boot (bootSpace's `simulator` option). */
export type SimulatorBoot = {
  /** Configured as a demo is (`npm start` with no DISCOURSE_URL), the bridge finding the simulator on SIMULATOR_PORT, instead of pointed at it as at a real forum. */
  builtIn?: boolean
  /** Point the simulator's webhooks at the product's receiver, as a production forum is (default true). */
  webhook?: boolean
  /** The simulator's own options (rate limit, logger). */
  options?: Omit<SimulatorOptions, 'port' | 'apiKey'>
}

export type BootOptions = Pick<AppOptions, 'routers'> &
  Pick<ConfigOptions, 'logDestination'> & {
    /** The bridge the sync tasks use, built from the parsed Env (default: createBridge). */
    bridge?: (env: Env) => Bridge
    /** Seed templates and categories on init, as the server does (default true). */
    seed?: boolean
    /** Start a fresh Discourse simulator and connect the product to it both ways. */
    simulator?: SimulatorBoot
  }

/** What bootSpace answers for these options: with `simulator`, the simulator too. */
export type SpaceFor<O extends BootOptions> = O extends { simulator: SimulatorBoot }
  ? SpaceWithSimulator
  : BootedSpace

/** Env overrides that connect the product to a simulator (as a real forum, or built in as a demo). */
const simulatorEnv = (simulator: Simulator, builtIn: boolean): Record<string, string> => ({
  ...(builtIn
    ? { DISCOURSE_URL: '', SIMULATOR_PORT: String(simulator.port) }
    : { DISCOURSE_URL: simulator.url }),
  DISCOURSE_API_KEY: SIMULATOR_API_KEY,
  DISCOURSE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_ACTIVITY_COALESCE_MS: '0',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
})

export const bootSpace = async <O extends BootOptions = Record<never, never>>(
  overrides: Record<string, string> = {},
  options: O = {} as O,
): Promise<SpaceFor<O>> => {
  const {
    builtIn = false,
    webhook = true,
    options: simulatorOptions = {},
  } = options.simulator ?? {}
  const simulator = options.simulator
    ? await startSimulator({ ...simulatorOptions, port: 0, apiKey: SIMULATOR_API_KEY })
    : undefined
  const dir = mkdtempSync(join(tmpdir(), 'space-test-'))
  const env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: `file:${join(dir, 'space.db')}`,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
    ...(simulator ? simulatorEnv(simulator, builtIn) : {}),
    ...overrides,
  })
  // Payload skips the schema push when this process already pushed an equal schema (it keeps the
  // last one in memory); a fresh database (a second boot in one test file, say) always needs it.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const bridge = (options.bridge ?? createBridge)(env)
  const config = createPayloadConfig(env, {
    bridge,
    logDestination: options.logDestination,
    onInit: options.seed === false ? undefined : seedDefaults,
  })
  const payload = await getPayload({ config })
  bridge.attach(payload)
  const routers = [
    ...(options.routers ?? []),
    // Mounted after the caller's routers (a benchmark's arrival recorder), as the server mounts it.
    ...(simulator ? [webhookRouter({ payload: () => payload, secret: WEBHOOK_SECRET })] : []),
  ]
  const app = createApp({ env, payload, config, routers })
  const { server, port } = await listen(app, env, { port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${port}`
  if (simulator && webhook)
    simulator.setWebhook({ url: `${url}/api/discourse/webhook`, secret: WEBHOOK_SECRET })
  const space: BootedSpace = {
    env,
    payload,
    bridge,
    url,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
      // The Postgres adapter's destroy() leaves its pool open, and its connect() keeps one client
      // checked out for good, so pool.end() never settles: end the idle clients without waiting;
      // dropping the test database ends the last one (Payload's own listener swallows that error).
      const pool = (payload.db as { pool?: import('pg').Pool }).pool
      pool?.on('error', () => {})
      pool?.end().catch(() => {})
      // Payload caches its instance (the REST handlers find it there) and keeps even a destroyed
      // one: forget it, so a second boot in the same test file gets its own.
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
      rmSync(dir, { recursive: true, force: true })
      await simulator?.close()
    },
  }
  return (simulator ? { ...space, simulator } : space) as SpaceFor<O>
}

/** The options bootWithSimulator takes (the simulator's own options under `simulator`). */
export type SimulatorBootOptions = Pick<BootOptions, 'bridge' | 'routers'> &
  Omit<SimulatorBoot, 'options'> & { simulator?: SimulatorBoot['options'] }

/** bootSpace with a fresh simulator (its `simulator` option), under the name tests and benchmarks read. */
export const bootWithSimulator = (
  overrides: Record<string, string> = {},
  { builtIn, webhook, simulator, ...options }: SimulatorBootOptions = {},
): Promise<SpaceWithSimulator> =>
  bootSpace(overrides, { ...options, simulator: { builtIn, webhook, options: simulator } })

/**
 * Runs due sync and activity jobs until none is left that is due now. Jobs a webhook started in
 * the background count until they finish, so the loop waits a little between rounds; the bound
 * (rounds × 25 ms of waiting, plus the jobs' own time) only stops a queue that never drains.
 */
export const drainSyncQueue = async (payload: Payload, { rounds = 2000 } = {}) => {
  for (let i = 0; i < rounds; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 25))
    // Running ones count too: the queue is drained when nothing is left to run or running.
    const due = await payload.count({
      collection: JOBS_COLLECTION,
      where: { and: [liveJobsWhere(BRIDGE_QUEUES), dueBy(new Date())] },
      overrideAccess: true,
    })
    if (due.totalDocs === 0) return
    await payload.jobs.run({ queue: SYNC_QUEUE, limit: 50 })
    await payload.jobs.run({ queue: ACTIVITY_QUEUE, limit: 50 })
  }
  const left = await payload.find({
    collection: JOBS_COLLECTION,
    overrideAccess: true,
    limit: 5,
    depth: 0,
  })
  throw new Error(
    `sync queue did not drain: ${JSON.stringify(left.docs.map((j) => ({ task: j.taskSlug, input: j.input, processing: j.processing, waitUntil: j.waitUntil, error: j.error, key: (j as { concurrencyKey?: string }).concurrencyKey, log: j.log?.slice(-1) })))}`,
  )
}
