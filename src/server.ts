// The process: one express server hosting Payload (API and admin via Next), the Discourse
// webhook receiver and health; plus, by ROLE, the sync worker and the schedules.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { getPayload } from 'payload'
import type { Env } from '../config/env'
import { createPayloadConfig } from '../config/createPayloadConfig'
import { createApp } from './server/createApp'
import { installGracefulShutdown } from './server/installGracefulShutdown'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const startServer = async (env: Env, { dev = false }: { dev?: boolean } = {}) => {
  const config = createPayloadConfig(env)
  const payload = await getPayload({ config })
  const stops: Array<() => Promise<void>> = []

  if (env.ROLE !== 'worker') {
    const nextApp = next({ dev, dir: root, hostname: 'localhost', port: env.PORT })
    const handle = nextApp.getRequestHandler()
    await nextApp.prepare()
    const app = createApp({ env, payload, config, nextHandler: (req, res) => handle(req, res) })
    const server = app.listen(env.PORT, env.HOST, () => {
      payload.logger.info(`Space is up at http://localhost:${env.PORT} (admin: /admin, health: /healthz, role: ${env.ROLE})`)
    })
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        }),
    )
  }

  installGracefulShutdown(payload.logger, async () => {
    for (const stop of stops.reverse()) await stop()
    await payload.destroy()
  })
  return { payload }
}
