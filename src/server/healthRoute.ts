import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import { databaseKind } from '@/config/databaseAdapter'

/** The process's memory in MB: resident, V8's heap (used, reserved) and memory outside it. */
const memoryMb = () => {
  const m = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 1048576)
  return {
    rss: mb(m.rss),
    heapUsed: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
  }
}

/** GET /healthz: 200 when the database answers, 503 otherwise, with what was checked. */
export const healthRoute =
  (payload: Payload, databaseUrl: string, extra: () => Record<string, unknown> = () => ({})) =>
  async (_req: Request, res: Response) => {
    const started = performance.now()
    let database: Record<string, unknown>
    try {
      await payload.count({ collection: 'categories', overrideAccess: true })
      database = {
        kind: databaseKind(databaseUrl),
        ok: true,
        latencyMs: Math.round(performance.now() - started),
      }
    } catch (err) {
      database = { kind: databaseKind(databaseUrl), ok: false, error: (err as Error).message }
    }
    const ok = database.ok === true
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      uptimeSeconds: Math.round(process.uptime()),
      database,
      memoryMb: memoryMb(),
      ...extra(),
    })
  }
