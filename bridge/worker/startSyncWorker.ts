import type { Payload } from 'payload'
import { SYNC_QUEUE } from '../sync/queueSync'
import { sweepOwedSyncs } from '../sync/sweepOwedSyncs'
import { ACTIVITY_QUEUE } from '../activity/RefreshTopicActivityTask'

export type SyncWorker = { stop: () => Promise<void>; runOnce: () => Promise<void> }

/**
 * Polls the durable queue and runs due sync jobs; every `sweepEveryMs` it also runs the
 * outbox sweep. One tick at a time; `stop()` waits for the tick in flight, so a SIGTERM
 * finishes the job at hand and leaves the rest queued for the next worker.
 */
export const startSyncWorker = (
  payload: Payload,
  {
    pollMs = 1000,
    sweepEveryMs = 60_000,
    leaseMs,
    batch = 10,
  }: { pollMs?: number; sweepEveryMs?: number; leaseMs?: number; batch?: number } = {},
): SyncWorker => {
  let stopped = false
  let lastSweep = 0
  let inFlight: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined

  const runOnce = async () => {
    if (Date.now() - lastSweep >= sweepEveryMs) {
      lastSweep = Date.now()
      const swept = await sweepOwedSyncs(payload, { leaseMs })
      if (swept.queued || swept.released) payload.logger.info({ area: 'bridge.worker', ...swept }, 'outbox sweep')
    }
    await payload.jobs.run({ queue: SYNC_QUEUE, limit: batch })
    await payload.jobs.run({ queue: ACTIVITY_QUEUE, limit: batch })
  }

  const tick = () => {
    if (stopped) return
    inFlight = runOnce()
      .catch((err) => payload.logger.error({ err, area: 'bridge.worker' }, 'sync worker tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs)
      })
  }
  timer = setTimeout(tick, 0)

  return {
    runOnce,
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      await inFlight
    },
  }
}
