import type { Payload, Where } from 'payload'
import { SYNC_QUEUE } from '../sync/queueSync'
import { JOBS_COLLECTION } from './jobsCollection'
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
    { queue: { equals: SYNC_QUEUE } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
    {
      or: [
        { waitUntil: { exists: false } },
        { waitUntil: { less_than_equal: new Date().toISOString() } },
      ],
    },
    ...(only ? [{ concurrencyKey: { in: only.map((d) => `sync:${d.collection}:${d.id}`) } }] : []),
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
  const retrying = /retrying\)$/.test(state.lastError ?? '')
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
      return retrying
        ? {
            ...ref,
            status: 'failed',
            action: 'retry scheduled',
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
    topicId: Number(job.input?.topicId),
  }
  const after = (await payload.db.findOne({
    collection: JOBS_COLLECTION,
    where: { id: { equals: job.id } },
  })) as {
    hasError?: boolean
    error?: unknown
  } | null
  if (!after) return { ...ref, status: 'ok', action: 'topic closed (document deleted)' }
  const detail = after.error ? JSON.stringify(after.error).slice(0, 300) : undefined
  return {
    ...ref,
    status: 'failed',
    action: after.hasError ? 'closing the topic failed' : 'closing the topic will be retried',
    detail,
  }
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
      job.taskSlug === 'closeDiscourseTopic'
        ? await closeOutcome(payload, job)
        : await syncOutcome(payload, job)
    items.push(item)
    deps.onItem?.(item)
  }
  return { items, interrupted }
}
