import type { Payload, Where } from 'payload'
import {
  CLOSE_TASK,
  dueJobsWhere,
  JOBS_COLLECTION,
  liveJobsWhere,
  SYNC_QUEUE,
  syncConcurrencyKey,
} from '../outbox/jobs'
import type { AdminDeps, AdminItem, DocRef } from './AdminDeps'
import { docState } from './docState'

type Job = { id: number | string; taskSlug?: string; input?: Record<string, unknown> }

export type RunSyncJobsOptions = {
  /** Only the sync jobs of these documents (default: every due job in the sync queue). */
  only?: DocRef[]
  limit?: number
}

const dueWhere = (only: DocRef[] | undefined, seen: Array<number | string>): Where => ({
  and: [
    dueJobsWhere(SYNC_QUEUE),
    ...(only
      ? [{ concurrencyKey: { in: only.map((d) => syncConcurrencyKey(d.collection, d.id)) } }]
      : []),
    ...(seen.length ? [{ id: { not_in: seen } }] : []),
  ],
})

/** Due sync jobs, oldest first, without running them. */
export const findDueSyncJobs = async (
  payload: Payload,
  only?: DocRef[],
  seen: Array<number | string> = [],
  limit = 0,
) => {
  if (only && only.length === 0) return []
  const found = await payload.find({
    collection: JOBS_COLLECTION,
    where: dueWhere(only, seen),
    sort: 'createdAt',
    limit,
    pagination: limit > 0,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as Job[]
}

/** What became of a document after its sync job ran, read from the row the job wrote. */
const syncOutcome = async (payload: Payload, job: Job): Promise<AdminItem> => {
  const collection = String(job.input?.collection) as DocRef['collection']
  const id = String(job.input?.id)
  const row = await payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!row) return { collection, id, status: 'ok', action: 'document gone, nothing to sync' }
  const { state, ...ref } = docState(collection, row)
  switch (state.syncState) {
    case 'synced':
      return { ...ref, status: 'ok', action: 'synced', detail: state.topicUrl ?? undefined }
    case 'failed':
      return {
        ...ref,
        status: 'failed',
        action: 'sync failed',
        detail: state.lastError ?? undefined,
      }
    case 'topic_deleted':
      return {
        ...ref,
        status: 'failed',
        action: 'topic deleted on the forum',
        detail: 'run `push --story` to give it a new topic',
      }
    case 'pending':
      // The retry state is in the record: tries so far and when the next one runs.
      return state.nextAttemptAt
        ? {
            ...ref,
            status: 'failed',
            action: `retry scheduled (try ${state.tries ?? 0} failed; next at ${state.nextAttemptAt})`,
            detail: state.lastError ?? undefined,
          }
        : { ...ref, status: 'ok', action: 'synced; a newer edit is queued' }
    default:
      return { ...ref, status: 'ok', action: 'nothing owed (not public, no topic)' }
  }
}

const closeOutcome = async (payload: Payload, job: Job): Promise<AdminItem> => {
  const ref = {
    collection: String(job.input?.collection) as DocRef['collection'],
    id: String(job.input?.id),
    topicId: job.input?.topicId ? Number(job.input.topicId) : undefined,
  }
  // A cancelled job stays with hasError; a finished one is deleted (deleteJobOnComplete).
  const after = await payload.db.findOne<{
    id: number | string
    hasError?: boolean
    error?: unknown
  }>({
    collection: JOBS_COLLECTION,
    where: { id: { equals: job.id } },
  })
  if (after?.hasError)
    return {
      ...ref,
      status: 'failed',
      action: 'closing the topic failed',
      detail: after.error ? JSON.stringify(after.error).slice(0, 300) : undefined,
    }
  // A close that must try again (the forum failed, or the topic is not found yet) queued its next try.
  const next = await payload.find({
    collection: JOBS_COLLECTION,
    where: { and: [liveJobsWhere(SYNC_QUEUE), { taskSlug: { equals: CLOSE_TASK } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  const again = (next.docs as unknown as Job[]).some(
    (j) => String(j.input?.collection) === ref.collection && String(j.input?.id) === ref.id,
  )
  return again
    ? { ...ref, status: 'failed', action: 'closing the topic will be retried' }
    : { ...ref, status: 'ok', action: 'topic closed (document deleted)' }
}

/**
 * Runs due jobs of the sync queue one at a time, until none is due, `limit` items ran, or
 * Ctrl-C (checked between jobs: the job in flight finishes and writes its row; the rest
 * stay queued and owed). A job is claimed the way the worker claims it (not processing,
 * due, concurrency key free), so a running server and this process never run the same job.
 */
export const runSyncJobs = async (deps: AdminDeps, { only, limit }: RunSyncJobsOptions = {}) => {
  const { payload, signal } = deps
  const items: AdminItem[] = []
  const seen: Array<number | string> = []
  let interrupted = false
  const due = await findDueSyncJobs(payload, only)
  deps.onPlan?.(limit ? Math.min(limit, due.length) : due.length)
  for (;;) {
    if (signal?.aborted) {
      interrupted = true
      break
    }
    if (limit && items.length >= limit) break
    const [job] = await findDueSyncJobs(payload, only, seen, 1)
    if (!job) break
    seen.push(job.id)
    const ran = await payload.jobs.run({
      queue: SYNC_QUEUE,
      limit: 1,
      where: { id: { equals: job.id } },
      overrideAccess: true,
      sequential: true,
    })
    if (ran.noJobsRemaining && !ran.jobStatus) continue // another worker took it first
    const item =
      job.taskSlug === CLOSE_TASK
        ? await closeOutcome(payload, job)
        : await syncOutcome(payload, job)
    items.push(item)
    deps.onItem?.(item)
  }
  return { items, interrupted }
}
