import type { Payload } from 'payload'
import type { ConfigOptions } from '@/config/createPayloadConfig'
import { loadEnvOrExit, type Env } from '@/config/env'
import { prepareProductProcess } from '@/config/productEnv'
import { holdEventLoop } from './holdEventLoop'

export type CommandBoot = {
  env: Env
  /**
   * Starts Payload as `npm start` does (a bridge without a client: no job runs here), its log on
   * standard error so that standard output is the command's own.
   */
  startPayload: (options?: {
    onInit?: ConfigOptions['onInit']
    disableOnInit?: boolean
  }) => Promise<Payload>
}

/**
 * The one boot sequence of the one-shot commands (`npm run migrate`, `npm run seed:demo`): the
 * event loop held, the process prepared as `npm start` prepares it (config/productEnv.ts: the
 * same database and secret, production mode), the environment checked, then the command.
 * Exit codes: the command's (0 done), 1 on a failure (one line naming the command), 2 on a
 * configuration error (loadEnvOrExit).
 */
export const bootForCommand = (
  name: string,
  command: (boot: CommandBoot) => Promise<number>,
  { migrating = false }: { migrating?: boolean } = {},
): void => {
  const main = async (): Promise<number> => {
    prepareProductProcess()
    // Payload's connect() pushes the schema outside production unless it is told it is migrating.
    if (migrating) process.env.PAYLOAD_MIGRATING = 'true'
    const env = loadEnvOrExit()
    // Loaded dynamically, the Lexical editor first (run with `--conditions=production`, see
    // config/nodeArgs.ts: Lexical's top-level awaits could deadlock Node 20's loader).
    await import('@payloadcms/richtext-lexical')
    const { getPayload } = await import('payload')
    const { createPayloadConfig } = await import('@/config/createPayloadConfig')
    const { bridgeWithoutClient } = await import('@/bridge/bridgeWithoutClient')
    const startPayload: CommandBoot['startPayload'] = ({ onInit, disableOnInit } = {}) =>
      getPayload({
        config: createPayloadConfig(env, {
          bridge: bridgeWithoutClient(env),
          onInit,
          logDestination: process.stderr,
        }),
        disableOnInit,
      })
    return command({ env, startPayload })
  }

  // process.exit ends the process (scripts/holdEventLoop.ts says why the loop is held).
  holdEventLoop()
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`${name} failed:`, err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
