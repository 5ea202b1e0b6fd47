import { getPayload, type Payload } from 'payload'
import { parseEnv } from '@/config/env'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { bridgeWithoutClient } from '@/bridge/bridgeWithoutClient'
import { seedDefaults } from '@/seed/seedDefaults'

export const BENCH_SECRET = 'bench-secret-0123456789abcdef'

/**
 * Creates the schema the production way (committed migrations, the default categories and
 * pages), runs `seed` on it and closes Payload again, so the server under test starts on a
 * database it did not fill itself. Answers how long `seed` took, in seconds.
 */
export const prepareDatabase = async (
  databaseUrl: string,
  seed: (payload: Payload) => Promise<void>,
): Promise<number> => {
  const processEnv = process.env as Record<string, string | undefined>
  processEnv.NODE_ENV = 'production' // the adapters read it when deciding to run prodMigrations
  const env = parseEnv({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: BENCH_SECRET,
    LOG_LEVEL: 'warn',
  })
  const payload = await getPayload({
    config: createPayloadConfig(env, { bridge: bridgeWithoutClient(env), onInit: seedDefaults }),
  })
  const started = Date.now()
  await seed(payload)
  const seconds = (Date.now() - started) / 1000
  await payload.destroy()
  const pool = (payload.db as { pool?: import('pg').Pool }).pool
  pool?.on('error', () => {})
  pool?.end().catch(() => {})
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  return seconds
}
