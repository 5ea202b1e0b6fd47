import type { Payload } from 'payload'
import { ACTIVITY_QUEUE, SYNC_QUEUE } from '@/bridge/outbox/jobs'
import { sweepOwedSyncs } from '@/bridge/sync/sweepOwedSyncs'
import { onActivityDue } from '@/bridge/activity/activityDue'
import { runNextJob } from './runNextJob'

export type SyncWorker = { stop: () => Promise<void> }

/**
 * The runners' naps. One runner per pool naps a poll interval and then looks again; the others
 * nap until woken (a neighbour claimed a job, a refresh fell due, stop): an idle worker asks the
 * database once a poll interval per queue, not once per runner.
 */
const createNaps = () => {
  const sleepers = new Set<() => void>()
  let polling = false
  return {
    nap: (pollMs: number) =>
      new Promise<void>((resolve) => {
        const polls = !polling
        if (polls) polling = true
        const done = () => {
          clearTimeout(timer)
          if (polls) polling = false
          sleepers.delete(done)
          resolve()
        }
        const timer = polls ? setTimeout(done, pollMs) : undefined
        sleepers.add(done)
      }),
    /** Wakes one napping runner (a job was just claimed: more may be due). */
    wakeOne: () => sleepers.values().next().value?.(),
    wakeAll: () => [...sleepers].forEach((wake) => wake()),
  }
}

/**
 * Runs the bridge's job queues as pools: up to `batch` jobs in flight per queue, each runner
 * taking the next due job as soon as its last one ends, so one slow request (a create stalled
 * for its whole timeout) holds up only its own runner, never the jobs behind it. A runner that
 * finds nothing naps (createNaps); one that claims a job wakes a napping neighbour, so a
 * backlog fills the pool at once. Runners claim jobs one conditional UPDATE at a time (runNextJob.ts):
 * two runners, here or in another worker, never take the same job, nor two of one document.
 * Every `sweepEveryMs` the outbox sweep runs beside them. `stop()` waits for the jobs in
 * flight, so a SIGTERM finishes the jobs at hand and leaves the rest queued for the next worker.
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
  const log = payload.logger
  // Concurrency keys (or job ids) this process's runners hold: shared by every pool.
  const held = new Set<string>()
  const sweepNaps = createNaps()

  // Both queues side by side: an activity refresh never waits behind a publishing backlog, nor
  // the other way round; the Discourse client's limiter shares the forum's rate between them.
  const pools = [SYNC_QUEUE, ACTIVITY_QUEUE].map((queue) => {
    const { nap, wakeOne, wakeAll } = createNaps()
    const runner = async () => {
      while (!stopped) {
        let ran = false
        try {
          ran = await runNextJob(payload, queue, held, {
            lookAhead: batch + 1,
            onClaim: wakeOne,
            leaseMs,
          })
        } catch (err) {
          log.error({ err, area: 'bridge.worker', queue }, 'sync worker runner failed')
        }
        if (!ran && !stopped) await nap(pollMs)
      }
    }
    return { queue, wakeAll, runners: Array.from({ length: batch }, runner) }
  })

  const sweeper = (async () => {
    while (!stopped) {
      try {
        const swept = await sweepOwedSyncs(payload, { leaseMs })
        if (swept.queued || swept.released)
          log.info({ area: 'bridge.worker', ...swept }, 'outbox sweep')
      } catch (err) {
        log.error({ err, area: 'bridge.worker' }, 'outbox sweep failed')
      }
      if (!stopped) await sweepNaps.nap(sweepEveryMs)
    }
  })()

  // A refresh the webhook receiver queued in this process (ROLE=all) runs when it falls due,
  // not at the next idle poll.
  const stopWaking = onActivityDue(() => pools.find((p) => p.queue === ACTIVITY_QUEUE)?.wakeAll())

  return {
    stop: async () => {
      stopped = true
      stopWaking()
      sweepNaps.wakeAll()
      for (const pool of pools) pool.wakeAll()
      await Promise.all([sweeper, ...pools.flatMap((p) => p.runners)])
    },
  }
}
