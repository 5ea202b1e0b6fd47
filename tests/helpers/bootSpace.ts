// Boots the real product for an integration test: Payload on a fresh temporary database
// (SQLite unless DATABASE_URL is given) behind the real express app, on a random port.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { getPayload, type Payload } from 'payload'
import { parseEnv, type Env } from '../../config/env'
import { createPayloadConfig, type ConfigOptions } from '../../config/createPayloadConfig'
import { createApp, type AppOptions } from '../../src/server/createApp'

export type BootedSpace = { env: Env; payload: Payload; url: string; close: () => Promise<void> }

export const bootSpace = async (
  overrides: Record<string, string> = {},
  options: ConfigOptions & Pick<AppOptions, 'routers'> = {},
): Promise<BootedSpace> => {
  const dir = mkdtempSync(join(tmpdir(), 'space-test-'))
  const env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: `file:${join(dir, 'space.db')}`,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
    ...overrides,
  })
  const config = createPayloadConfig(env, options)
  const payload = await getPayload({ config })
  const app = createApp({ env, payload, config, routers: options.routers })
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    env,
    payload,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
