// The process: one express server hosting Payload (API and admin via Next), the Discourse
// webhook receiver and health; plus, by ROLE, the sync worker and the schedules.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { getPayload } from 'payload'
import type { Env } from '@/config/env'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { createApp } from './server/createApp'
import { listen } from './server/httpServer'
import { installGracefulShutdown } from './server/installGracefulShutdown'
import { createBridge } from '@/bridge/createBridge'
import { bridgeWithoutClient } from '@/bridge/bridgeWithoutClient'
import { startSyncWorker } from './worker/startSyncWorker'
import { webhookRouter } from '@/bridge/webhooks/webhookRouter'
import { startSchedules } from './worker/startSchedules'
import { startBuiltInSimulator, webhookTarget } from './startBuiltInSimulator'
import type { Simulator } from '@/simulator'
import { seedDefaults } from '@/seed/seedDefaults'
import { setRunningPayload } from './site/runningPayload'
import { siteCache } from './site/siteCache'
import { startContentChangeFeed } from './site/contentChangeFeed'
import { startPageWarmer, type PageWarmer } from './server/warmPages'
import { openPageFiles } from './server/pageFiles'

/** How this process reaches its own HTTP server: a wildcard bind answers on IPv4 loopback. */
const loopbackHost = (host: string) =>
  ['', '0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const startProcess = async (env: Env, { dev = false }: { dev?: boolean } = {}) => {
  // Shutdown runs in two steps: first stop taking work (HTTP, schedules, the worker finishing
  // its jobs), then close what that work still needed (the built-in simulator, the database).
  const stopTakingWork: Array<() => Promise<void>> = []
  const stopAfterWork: Array<() => Promise<void>> = []
  // A web process never calls the forum: its bridge has no client, so a forum call there fails
  // loudly. Webhooks only queue refreshes, and jobs run on workers (Payload's endpoints that
  // would run them are closed, src/server/payloadApiRouter.ts).
  const bridge = env.ROLE === 'web' ? bridgeWithoutClient(env) : createBridge(env)
  let simulator: Simulator | undefined
  if (bridge.settings.usingSimulator && env.ROLE !== 'web') {
    simulator = await startBuiltInSimulator(bridge.settings, env.SIMULATOR_PORT)
    stopAfterWork.push(() => simulator!.close())
  }
  const config = createPayloadConfig(env, { bridge, onInit: seedDefaults })
  const payload = await getPayload({ config })
  bridge.attach(payload)
  setRunningPayload(payload)
  siteCache.setMaxBytes(env.SITE_CACHE_MB * 1024 * 1024)
  // Every process shares its content changes; those that serve pages apply the others'.
  const changeFeed = startContentChangeFeed(payload, { read: env.ROLE !== 'worker' })
  stopAfterWork.push(() => changeFeed.stop())

  if (env.ROLE !== 'worker') {
    const nextApp = next({ dev, dir: root, hostname: 'localhost', port: env.PORT })
    const handle = nextApp.getRequestHandler()
    await nextApp.prepare()
    // Cached pages' bodies on disk: the cache's memory indexes them, so it can hold every story.
    const pageFiles = openPageFiles({
      parent: env.SITE_PAGE_DIR,
      maxBytes: env.SITE_PAGE_DISK_MB * 1024 * 1024,
      onEvicted: (key) => siteCache.drop(key),
    })
    stopAfterWork.push(async () => pageFiles.close())
    const routers = [
      webhookRouter({ payload: () => payload, secret: bridge.settings.webhookSecret }),
    ]
    // Started once the server listens; /healthz may be asked before.
    const warming: { warmer?: PageWarmer } = {}
    const app = createApp({
      env,
      payload,
      config,
      routers,
      nextHandler: (req, res) => handle(req, res),
      pageFiles,
      healthExtra: () => ({
        cache: { ...siteCache.stats(), files: pageFiles.usage() },
        contentChanges: changeFeed.applied(),
        warm: warming.warmer?.state(),
      }),
    })
    const http = await listen(app, env, { port: env.PORT, host: env.HOST })
    simulator?.setWebhook(webhookTarget(bridge.settings, http.port))
    // The public routes and the newest pages are rendered before the first reader asks.
    const warmer = (warming.warmer = startPageWarmer({
      baseUrl: `http://${loopbackHost(env.HOST)}:${http.port}`,
      payload,
      storyShare: env.SITE_WARM_SHARE,
      pageFiles,
    }))
    stopTakingWork.push(() => warmer.stop())
    payload.logger.info(
      `Space is up at http://localhost:${http.port} (admin: /admin, health: /healthz, role: ${env.ROLE})`,
    )
    // Requests in flight finish; then keep-alive and other open connections are closed.
    stopTakingWork.push(async () => {
      const { cutAtDeadline } = await http.close()
      if (cutAtDeadline)
        payload.logger.warn(
          { connections: cutAtDeadline },
          'shutdown: connections still busy after the grace period were closed',
        )
    })
  }

  if (env.ROLE !== 'web') {
    const worker = startSyncWorker(payload, {
      sweepEveryMs: env.SYNC_SWEEP_INTERVAL_MS,
      leaseMs: env.SYNC_JOB_LEASE_MS,
    })
    const stopSchedules = startSchedules(payload, bridge, env)
    stopTakingWork.push(stopSchedules, () => worker.stop())
  }

  installGracefulShutdown(payload.logger, async () => {
    await Promise.all(stopTakingWork.map((stop) => stop()))
    for (const stop of stopAfterWork) await stop()
    await payload.destroy()
  })
  return { payload }
}
