// The one in-process boot of the product, for integration tests and benchmarks: Payload on a
// fresh temporary database (SQLite unless DATABASE_URL is given) behind the real express app,
// on a random port. harness/bootWithSimulator.ts adds a fresh Discourse simulator.
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

export type BootedSpace = {
  env: Env
  payload: Payload
  bridge: Bridge
  url: string
  close: () => Promise<void>
}

export type BootOptions = Pick<AppOptions, 'routers'> &
  Pick<ConfigOptions, 'logDestination'> & {
    /** The bridge the sync tasks use, built from the parsed Env (default: createBridge). */
    bridge?: (env: Env) => Bridge
    /** Seed templates and categories on init, as the server does (default true). */
    seed?: boolean
  }

export const bootSpace = async (
  overrides: Record<string, string> = {},
  options: BootOptions = {},
): Promise<BootedSpace> => {
  const dir = mkdtempSync(join(tmpdir(), 'space-test-'))
  const env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: `file:${join(dir, 'space.db')}`,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
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
  const app = createApp({ env, payload, config, routers: options.routers })
  const { server, port } = await listen(app, env, { port: 0, host: '127.0.0.1' })
  return {
    env,
    payload,
    bridge,
    url: `http://127.0.0.1:${port}`,
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
    },
  }
}
