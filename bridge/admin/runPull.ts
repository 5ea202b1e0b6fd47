import { linkedDocuments } from '../activity/linkedDocuments'
import { readLastPass, runReconcilePass } from '../activity/runReconcilePass'
import type { ReconcileReport } from '../activity/reconcileActivity'
import type { AdminDeps, AdminResult } from './AdminDeps'

export type PullOptions = { full?: boolean; dryRun?: boolean }
export type PullResult = AdminResult & {
  command: 'pull'
  mode: 'incremental' | 'full'
  /** Null when the pass did not run: a dry run, or another instance holds the reconcile lock. */
  report: ReconcileReport | null
  plan?: { since: string | null; linked: number; categoryIds: number[] }
}

/**
 * Runs one reconciliation pass now (counts and deleted topics, forum to Space), behind the
 * same database lock as the server's schedule: when a pass is already running elsewhere
 * this one does not run and says so (a failed item, exit code 1). --dry-run asks the forum
 * nothing and shows what the pass would cover.
 */
export const runPull = async (
  options: PullOptions,
  { payload, bridge }: AdminDeps,
): Promise<PullResult> => {
  const last = await readLastPass(payload)
  // As runReconcilePass: without a previous pass the first one is always full.
  const mode = options.full || !last ? 'full' : 'incremental'
  const base = {
    command: 'pull' as const,
    mode,
    dryRun: Boolean(options.dryRun),
    interrupted: false,
  } as const
  if (options.dryRun) {
    const linked = await linkedDocuments(payload, [
      bridge.settings.storyCategoryId,
      bridge.settings.eventsCategoryId,
    ])
    const plan = {
      since: mode === 'incremental' ? (last?.startedAt ?? null) : null,
      linked: linked.byTopic.size,
      categoryIds: linked.categoryIds,
    }
    return {
      ...base,
      report: null,
      plan,
      items: [
        {
          title: 'reconciliation',
          status: 'planned',
          action: `would run a ${mode} pass over ${plan.linked} linked topics`,
        },
      ],
    }
  }
  const report = await runReconcilePass(payload, bridge, mode)
  if (!report)
    return {
      ...base,
      report,
      items: [
        {
          title: 'reconciliation',
          status: 'failed',
          action: 'not run',
          detail: 'another instance is running a pass now (the reconcile lock is held)',
        },
      ],
    }
  return { ...base, report, items: [] }
}
