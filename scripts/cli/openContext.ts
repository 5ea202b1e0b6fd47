import { existsSync } from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import pino from 'pino'
import { createBridge } from '@/bridge/createBridge'
import { startContentChangeFeed } from '@/src/site/contentChangeFeed'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { loadEnvOrExit } from '@/config/env'
import { applyProductDefaults, prepareProductProcess } from '@/config/productEnv'
import { isDatabaseStateError } from '@/config/devPushMark'
import type { Bridge } from '@/bridge/createBridge'
import type { Env } from '@/config/env'
import { CliError } from './CliError'
import type { CommonOptions } from './commonOptions'
import { ExitCode } from './ExitCode'

export type CliContext = { env: Env; payload: Payload; bridge: Bridge; close: () => Promise<void> }

/**
 * Boots this process's own Payload on the database the server uses (never seeding it) and
 * one bridge (client and limiter) shared by everything the command does. The environment
 * is prepared as `npm start` prepares it (config/productEnv.ts), so the CLI sees the same
 * database, secret and mode.
 * Payload's logger goes to standard error at `warn` (`info` with --verbose), so standard
 * output carries only the command's own output (one JSON document with --json).
 */
export const openContext = async (options: CommonOptions): Promise<CliContext> => {
  // On process.env itself, as `npm start` does: Payload's adapters read NODE_ENV from there, so
  // the CLI applies the committed migrations like the server and never pushes a schema.
  const processEnv = process.env as Record<string, string | undefined>
  const databaseUrl = applyProductDefaults(processEnv).DATABASE_URL!
  // The CLI works on the server's database; it never creates one (a typo would start an empty site).
  const file = databaseUrl.startsWith('file:') ? databaseUrl.slice('file:'.length) : null
  if (file && !file.startsWith(':memory:') && !existsSync(path.resolve(file)))
    throw new CliError(
      `No database at ${file}. Check DATABASE_URL (start the server once to create it).`,
      ExitCode.usage,
      'no_database',
    )
  prepareProductProcess()
  const env = loadEnvOrExit({ ...processEnv, LOG_LEVEL: options.verbose ? 'info' : 'warn' })
  const bridge = createBridge(env)
  // The sync tasks run with this process's bridge, so the CLI's requests share one limiter.
  const config = createPayloadConfig(env, { bridge, logDestination: pino.destination(2) })
  // Anything written to stdout while Payload boots (the schema-push spinner of dev and test
  // mode) goes to stderr, so stdout holds only the command's output.
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  const payload = await getPayload({ config })
    .catch((err: unknown) => {
      // A database the server would not start on either (config/devPushMark.ts).
      if (isDatabaseStateError(err))
        throw new CliError(err.message, ExitCode.usage, 'database_state')
      throw err
    })
    .finally(() => {
      process.stdout.write = write
    })
  bridge.attach(payload)
  // What a command changes (a resync's new topic link, say) reaches the web processes' caches.
  const changeFeed = startContentChangeFeed(payload, { read: false })
  return {
    env,
    payload,
    bridge,
    close: async () => {
      await changeFeed.stop()
      await payload.destroy()
    },
  }
}
