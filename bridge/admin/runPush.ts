import { requestResync } from '../sync/requestResync'
import { sweepOwedSyncs } from '../sync/sweepOwedSyncs'
import { CLOSE_TASK } from '../outbox/jobs'
import { publishedWhere } from '../outbox/subjects'
import type { AdminDeps, AdminItem, AdminResult } from './AdminDeps'
import { listDocs } from './listDocs'
import { resolveStories, type ResolvedDoc } from './resolveStories'
import { findDueSyncJobs, runSyncJobs } from './runSyncJobs'

export type PushOptions = { stories?: string[]; all?: boolean; dryRun?: boolean; limit?: number }
export type PushResult = AdminResult & {
  command: 'push'
  mode: 'owed' | 'stories' | 'all'
  swept?: { released: number; queued: number }
}

const planned = (doc: ResolvedDoc, action: string): AdminItem => ({
  collection: doc.collection,
  id: doc.id,
  title: doc.title,
  slug: doc.slug,
  status: 'planned',
  action,
})

/**
 * Runs pending sync work now, the way the worker would: the outbox sweep (owed documents
 * without a live job get one), then the sync queue until it is drained. With stories (or
 * --all: every published story and event) it first owes each a fresh full sync through
 * requestResync, so the forum is rewritten from Space. --dry-run reads only.
 */
export const runPush = async (options: PushOptions, deps: AdminDeps): Promise<PushResult> => {
  const { payload } = deps
  const mode: PushResult['mode'] = options.stories?.length
    ? 'stories'
    : options.all
      ? 'all'
      : 'owed'
  const base = {
    command: 'push' as const,
    mode,
    dryRun: Boolean(options.dryRun),
    interrupted: false,
  }
  let targets: ResolvedDoc[] | undefined
  const missing: AdminItem[] = []
  if (mode === 'stories') {
    const resolved = await resolveStories(payload, options.stories!)
    targets = resolved.found
    missing.push(...resolved.missing)
  } else if (mode === 'all') {
    targets = await listDocs(payload, publishedWhere, options.limit)
  }

  if (options.dryRun) {
    if (targets)
      return {
        ...base,
        items: [
          ...missing,
          ...targets.slice(0, options.limit || undefined).map((d) => planned(d, 'would re-sync')),
        ],
      }
    const owed = await listDocs(
      payload,
      { 'discourse.syncState': { equals: 'pending' } },
      options.limit,
    )
    const due = await findDueSyncJobs(payload)
    const closing = due.filter((j) => j.taskSlug === CLOSE_TASK)
    return {
      ...base,
      items: [
        ...owed.map((d) => planned(d, 'would sync (owed)')),
        ...closing.map((j): AdminItem => ({
          collection: String(j.input?.collection) as ResolvedDoc['collection'],
          id: String(j.input?.id),
          topicId: j.input?.topicId ? Number(j.input.topicId) : undefined,
          status: 'planned',
          action: 'would close the topic of a deleted document',
        })),
      ],
    }
  }

  let swept: PushResult['swept']
  if (targets) {
    for (const doc of targets.slice(0, options.limit || undefined)) {
      if (deps.signal?.aborted) break
      // An unpublished story without a topic has nothing to push; requestResync would only queue a no-op.
      if (!doc.state.topicId && !doc.isPublic) {
        missing.push({
          ...planned(doc, 'skipped'),
          status: 'skipped',
          action: 'not published and no topic: nothing to push',
        })
        continue
      }
      await requestResync(payload, doc.collection, doc.id)
    }
  } else {
    swept = await sweepOwedSyncs(payload)
  }
  const only = mode === 'stories' ? targets : undefined
  const run = await runSyncJobs(deps, { only, limit: options.limit })
  return {
    ...base,
    swept,
    interrupted: run.interrupted || Boolean(deps.signal?.aborted),
    items: [...missing, ...run.items],
  }
}
