import type { Payload } from 'payload'
import type { Bridge } from '../createBridge'
import { withDatabaseLock } from '../locks/withDatabaseLock'
import { reconcileActivity, type ReconcileMode, type ReconcileReport } from './reconcileActivity'

const LAST_PASS_KEY = 'reconcile:last'
const LEASE_MS = 30 * 60_000

export type LastPass = { startedAt: string; mode: ReconcileMode; report: ReconcileReport }

/** Topics whose latest replies the previous pass still owes (over its fetch budget). */
const owedBy = (last: LastPass | null) => last?.report.repliesOwed ?? []

export const readLastPass = (payload: Payload) => payload.kv.get<LastPass>(LAST_PASS_KEY)

/**
 * One reconciliation pass behind the database lock (several instances: one runs, the
 * others skip). The incremental pass reads back only to the start of the previous pass, and
 * first fetches the topics whose latest replies that pass still owed.
 * Returns null when another instance holds the lock.
 */
export const runReconcilePass = (
  payload: Payload,
  bridge: Bridge,
  mode: ReconcileMode,
): Promise<ReconcileReport | null> =>
  withDatabaseLock(payload, 'reconcile', LEASE_MS, async () => {
    const last = await readLastPass(payload)
    const since = last ? new Date(last.startedAt) : null
    const report = await reconcileActivity(
      { payload, client: bridge.client, settings: bridge.settings },
      since ? mode : 'full',
      since,
      owedBy(last),
    )
    await payload.kv.set(LAST_PASS_KEY, { startedAt: report.startedAt, mode: report.mode, report })
    payload.logger.info({ area: 'bridge.reconcile', ...report }, 'reconciliation pass done')
    return report
  })
