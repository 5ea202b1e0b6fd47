import type { Payload, Where } from 'payload'
import { syncStates, type SyncState } from '../outbox/discourseGroup'
import { readLastPass, type LastPass } from '../activity/runReconcilePass'
import { BRIDGE_QUEUES, dueJobsWhere, JOBS_COLLECTION, liveJobsWhere } from '../outbox/jobs'
import { SYNCED_COLLECTIONS, type SyncedCollection } from '../outbox/subjects'
import type { AdminDeps } from './AdminDeps'
import { checkDiscourse, type DiscourseCheck } from './checkDiscourse'
import { listDocs } from './listDocs'

export type StatusOptions = { limit?: number; checkForum?: boolean }

export type StatusResult = {
  command: 'status'
  counts: Record<SyncedCollection, Record<SyncState, number>>
  failed: Array<{
    collection: SyncedCollection
    id: string
    title?: string
    lastError: string | null
    lastSyncedAt: string | null
  }>
  /** Documents whose sync failed and waits for its next try (the record's retry state). */
  retrying: Array<{
    collection: SyncedCollection
    id: string
    title?: string
    tries: number
    nextAttemptAt: string
    lastError: string | null
  }>
  jobs: Record<string, { queued: number; due: number; running: number; failed: number }>
  lastReconciliation: LastPass | null
  discourse: DiscourseCheck | null
}

const countJobs = async (payload: Payload, queue: string) => {
  const count = async (where: Where) =>
    (await payload.count({ collection: JOBS_COLLECTION, where, overrideAccess: true })).totalDocs
  const open: Where = { and: [{ queue: { equals: queue } }, { completedAt: { exists: false } }] }
  return {
    queued: await count(liveJobsWhere(queue)),
    due: await count(dueJobsWhere(queue)),
    running: await count({ and: [open, { processing: { equals: true } }] }),
    failed: await count({ and: [open, { hasError: { equals: true } }] }),
  }
}

/** Everything an admin asks first, read-only: sync states, failures, queues, last pass, the forum. */
export const runStatus = async (
  { limit = 20, checkForum = true }: StatusOptions,
  { payload, bridge }: AdminDeps,
): Promise<StatusResult> => {
  const counts = {} as StatusResult['counts']
  for (const collection of SYNCED_COLLECTIONS) {
    counts[collection] = {} as Record<SyncState, number>
    for (const state of syncStates) {
      // Rows written before the bridge existed have no state: they count as `none`.
      const where: Where =
        state === 'none'
          ? {
              or: [
                { 'discourse.syncState': { equals: 'none' } },
                { 'discourse.syncState': { exists: false } },
              ],
            }
          : { 'discourse.syncState': { equals: state } }
      counts[collection][state] = (
        await payload.count({ collection, where, overrideAccess: true })
      ).totalDocs
    }
  }
  const failed = (
    await listDocs(payload, { 'discourse.syncState': { equals: 'failed' } }, limit)
  ).map((d) => ({
    collection: d.collection,
    id: d.id,
    title: d.title,
    lastError: d.state.lastError ?? null,
    lastSyncedAt: d.state.lastSyncedAt ?? null,
  }))
  const retrying = (
    await listDocs(
      payload,
      {
        and: [
          { 'discourse.syncState': { equals: 'pending' } },
          { 'discourse.nextAttemptAt': { exists: true } },
        ],
      },
      limit,
    )
  ).map((d) => ({
    collection: d.collection,
    id: d.id,
    title: d.title,
    tries: Number(d.state.tries ?? 0),
    nextAttemptAt: String(d.state.nextAttemptAt),
    lastError: d.state.lastError ?? null,
  }))
  const jobs: StatusResult['jobs'] = {}
  for (const queue of BRIDGE_QUEUES) jobs[queue] = await countJobs(payload, queue)
  return {
    command: 'status',
    counts,
    failed,
    retrying,
    jobs,
    lastReconciliation: (await readLastPass(payload)) ?? null,
    discourse: checkForum ? await checkDiscourse(bridge) : null,
  }
}
