import type { Payload } from 'payload'
import { SYNC_QUEUE } from '@/bridge/sync/queueSync'
import { sweepOwedSyncs } from '@/bridge/sync/sweepOwedSyncs'
import { ACTIVITY_QUEUE } from '@/bridge/activity/RefreshTopicActivityTask'
import { onActivityDue } from '@/bridge/activity/activityDue'

export type SyncWorker = { stop: () => Promise<void>; runOnce: () => Promise<boolean> }

/** Whether a `payload.jobs.run` call ran any job (none due, or all held back by a concurrency key, is no). */
const ranJobs = (result: { jobStatus?: Record<string, unknown> }) =>
  Object.keys(result.jobStatus ?? {}).length > 0

/**
 * Polls the durable queue and runs due sync jobs, `batch` at a time per queue, at once again
 * while there are jobs and every `pollMs` when there are none; every `sweepEveryMs` it also
 * runs the outbox sweep. One tick at a time; `stop()` waits for the tick in flight, so a SIGTERM
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

  const runOnce = async (): Promise<boolean> => {
    if (Date.now() - lastSweep >= sweepEveryMs) {
      lastSweep = Date.now()
      const swept = await sweepOwedSyncs(payload, { leaseMs })
      if (swept.queued || swept.released)
        payload.logger.info({ area: 'bridge.worker', ...swept }, 'outbox sweep')
    }
    // Both queues at once: an activity refresh never waits behind a publishing backlog, and
    // the other way round; the Discourse client's limiter shares the forum's rate between them.
    const runs = await Promise.all(
      [SYNC_QUEUE, ACTIVITY_QUEUE].map((queue) => payload.jobs.run({ queue, limit: batch })),
    )
    return runs.some(ranJobs)
  }

  // Set while the loop waits out an idle poll, and when a wake came during a tick (see below).
  let idle = false
  let woken = false
  const tick = () => {
    idle = woken = false
    if (stopped) return
    let drained = true
    inFlight = runOnce()
      .then((ran) => void (drained = !ran))
      .catch((err) =>
        payload.logger.error({ err, area: 'bridge.worker' }, 'sync worker tick failed'),
      )
      .finally(() => {
        // A tick that ran jobs may have left more due: go again at once, so a backlog drains at
        // the forum's allowed rate instead of one batch per poll interval.
        if (stopped) return
        idle = drained && !woken
        timer = setTimeout(tick, idle ? pollMs : 0)
      })
  }
  timer = setTimeout(tick, 0)
  // A refresh the webhook receiver queued in this process (ROLE=all) runs when it falls due, not
  // at the next idle poll: an idle wait is cut short; a tick in flight is followed at once.
  const stopWaking = onActivityDue(() => {
    woken = true
    if (!idle || stopped) return
    clearTimeout(timer)
    timer = setTimeout(tick, 0)
  })

  return {
    runOnce,
    stop: async () => {
      stopped = true
      stopWaking()
      if (timer) clearTimeout(timer)
      await inFlight
    },
  }
}
