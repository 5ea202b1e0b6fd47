import cron from 'node-cron'
import type { Payload } from 'payload'
import type { Env } from '@/config/env'
import type { Bridge } from '@/bridge/createBridge'
import { runReconcilePass } from '@/bridge/activity/runReconcilePass'
import { publishDueStories } from './publishDueStories'
import { seenDeliveries } from '@/bridge/webhooks/seenDeliveries'

/**
 * The worker's clocks: incremental and full reconciliation (RECONCILE_CRON,
 * RECONCILE_FULL_CRON, validated at start), scheduled publishing every minute, and a nightly
 * pruning of remembered webhook delivery ids (harmless if two workers both run it). node-cron's
 * noOverlap keeps a pass from overlapping itself here; the database lock keeps other
 * instances out.
 */
export const startSchedules = (
  payload: Payload,
  bridge: Bridge,
  env: Env,
): (() => Promise<void>) => {
  const log = payload.logger
  const guard = (what: string, fn: () => Promise<unknown>) => async () => {
    try {
      await fn()
    } catch (err) {
      log.error({ err, area: 'schedules', what }, 'scheduled work failed')
    }
  }
  const tasks = [
    cron.schedule(
      env.RECONCILE_CRON,
      guard('reconcile', () => runReconcilePass(payload, bridge, 'incremental')),
      { noOverlap: true, name: 'reconcile' },
    ),
    cron.schedule(
      env.RECONCILE_FULL_CRON,
      guard('reconcile-full', () => runReconcilePass(payload, bridge, 'full')),
      { noOverlap: true, name: 'reconcile-full' },
    ),
    cron.schedule(
      '* * * * *',
      guard('publish-due', () => publishDueStories(payload)),
      { noOverlap: true, name: 'publish-due' },
    ),
    cron.schedule(
      '40 3 * * *',
      guard('prune-webhook-ids', () => seenDeliveries.prune(payload)),
      { noOverlap: true, name: 'prune-webhook-ids' },
    ),
  ]
  return async () => {
    for (const task of tasks) await task.stop()
  }
}
