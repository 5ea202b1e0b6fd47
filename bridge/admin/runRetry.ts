import { requestResync } from '../sync/requestResync'
import type { AdminDeps, AdminItem, AdminResult } from './AdminDeps'
import { listDocs } from './listDocs'
import { resolveStories, type ResolvedDoc } from './resolveStories'
import { runSyncJobs } from './runSyncJobs'

export type RetryOptions = {
  stories?: string[]
  dryRun?: boolean
  limit?: number
  queueOnly?: boolean
}
export type RetryResult = AdminResult & { command: 'retry'; requeued: number }

const ref = (d: ResolvedDoc) => ({
  collection: d.collection,
  id: d.id,
  title: d.title,
  slug: d.slug,
})

/**
 * Requeues failed sync work: every document in `failed` (or the named stories, when they
 * failed) owes a fresh sync through requestResync, the admin's "sync again". Then the
 * queued jobs run now, unless --queue-only leaves them to the server's worker.
 * Topics deleted on the forum are not recreated here: that is `push --story`'s decision.
 */
export const runRetry = async (options: RetryOptions, deps: AdminDeps): Promise<RetryResult> => {
  const { payload } = deps
  const items: AdminItem[] = []
  let candidates: ResolvedDoc[]
  if (options.stories?.length) {
    const resolved = await resolveStories(payload, options.stories)
    items.push(...resolved.missing)
    candidates = []
    for (const doc of resolved.found) {
      if (doc.state.syncState === 'failed') candidates.push(doc)
      else
        items.push({
          ...ref(doc),
          status: 'skipped',
          action: doc.state.nextAttemptAt
            ? `not failed: try ${doc.state.tries ?? 0} failed, the next is at ${doc.state.nextAttemptAt}`
            : `not failed (${doc.state.syncState ?? 'none'})`,
          detail: 'use `push --story` to re-sync it anyway',
        })
    }
  } else {
    candidates = await listDocs(payload, { 'discourse.syncState': { equals: 'failed' } })
  }
  if (options.limit) candidates = candidates.slice(0, options.limit)
  const base = { command: 'retry' as const, dryRun: Boolean(options.dryRun), interrupted: false }

  if (options.dryRun)
    return {
      ...base,
      requeued: 0,
      items: [
        ...items,
        ...candidates.map((d): AdminItem => ({
          ...ref(d),
          status: 'planned',
          action: 'would retry',
          detail: d.state.lastError ?? undefined,
        })),
      ],
    }

  const requeued: ResolvedDoc[] = []
  for (const doc of candidates) {
    if (deps.signal?.aborted) break
    await requestResync(payload, doc.collection, doc.id)
    requeued.push(doc)
  }
  if (options.queueOnly) {
    const queued = requeued.map((d): AdminItem => ({
      ...ref(d),
      status: 'ok',
      action: 'requeued for the worker',
    }))
    return {
      ...base,
      requeued: requeued.length,
      interrupted: Boolean(deps.signal?.aborted),
      items: [...items, ...queued],
    }
  }
  const run = await runSyncJobs(deps, { only: requeued })
  return {
    ...base,
    requeued: requeued.length,
    interrupted: run.interrupted || Boolean(deps.signal?.aborted),
    items: [...items, ...run.items],
  }
}
