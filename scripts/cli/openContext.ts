import { existsSync } from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import pino from 'pino'
import { bridgeTasks } from '../../bridge/sync/tasks/bridgeTasks'
import { createBridge } from '../../bridge/createBridge'
import { createPayloadConfig } from '../../config/createPayloadConfig'
import { loadEnvOrExit } from '../../config/env'
import { localSecret } from '../../config/localSecret'
import type { Bridge } from '../../bridge/createBridge'
import type { Env } from '../../config/env'
import { CliError } from './CliError'
import type { CommonOptions } from './commonOptions'
import { ExitCode } from './ExitCode'

export type CliContext = { env: Env; payload: Payload; bridge: Bridge; close: () => Promise<void> }

/**
 * Boots this process's own Payload on the database the server uses (never seeding it) and
 * one bridge (client and limiter) shared by everything the command does. The environment
 * is read as `npm start` reads it, so the CLI sees the same database, secret and mode.
 * Payload's logger goes to standard error at `warn` (`info` with --verbose), so standard
 * output carries only the command's own output (one JSON document with --json).
 */
export const openContext = async (options: CommonOptions): Promise<CliContext> => {
  const source: Record<string, string | undefined> = { ...process.env }
  source.NODE_ENV ||= 'production'
  source.DATABASE_URL ||= 'file:./data/space.db'
  // The CLI works on the server's database; it never creates one (a typo would start an empty site).
  const file = source.DATABASE_URL.startsWith('file:') ? source.DATABASE_URL.slice('file:'.length) : null
  if (file && !file.startsWith(':memory:') && !existsSync(path.resolve(file)))
    throw new CliError(`No database at ${file}. Check DATABASE_URL (start the server once to create it).`, ExitCode.usage, 'no_database')
  source.PAYLOAD_SECRET ||= localSecret(source.DATABASE_URL)
  source.LOG_LEVEL = options.verbose ? 'info' : 'warn'
  const env = loadEnvOrExit(source)
  const bridge = createBridge(env)
  // The sync tasks run with this process's bridge, so the CLI's requests share one limiter.
  const configOptions = { bridge, tasks: bridgeTasks(bridge), seed: false, logDestination: pino.destination(2) }
  const config = createPayloadConfig(env, configOptions)
  // Anything written to stdout while Payload boots (the schema-push spinner of dev and test
  // mode) goes to stderr, so stdout holds only the command's output.
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  const payload = await getPayload({ config }).finally(() => {
    process.stdout.write = write
  })
  return { env, payload, bridge, close: () => payload.destroy() }
}
