import type { Payload, Where } from 'payload'
import { syncStates, type SyncState } from '../outbox/discourseGroup'
import { readLastPass, type LastPass } from '../activity/runReconcilePass'
import { ACTIVITY_QUEUE } from '../activity/RefreshTopicActivityTask'
import { SYNC_QUEUE } from '../sync/queueSync'
import type { SyncedCollection } from '../sync/syncSubjects'
import { JOBS_COLLECTION } from './jobsCollection'
import type { AdminDeps } from './AdminDeps'
import { checkDiscourse, type DiscourseCheck } from './checkDiscourse'
import { listDocs, SYNCED_COLLECTIONS } from './listDocs'

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
  jobs: Record<string, { queued: number; due: number; running: number; failed: number }>
  lastReconciliation: LastPass | null
  discourse: DiscourseCheck | null
}

const countJobs = async (payload: Payload, queue: string) => {
  const count = async (...and: Where[]) =>
    (
      await payload.count({
        collection: JOBS_COLLECTION,
        where: { and: [{ queue: { equals: queue } }, { completedAt: { exists: false } }, ...and] },
        overrideAccess: true,
      })
    ).totalDocs
  const now = new Date().toISOString()
  return {
    queued: await count({ hasError: { not_equals: true } }),
    due: await count(
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now } }] },
    ),
    running: await count({ processing: { equals: true } }),
    failed: await count({ hasError: { equals: true } }),
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
  const jobs: StatusResult['jobs'] = {}
  for (const queue of [SYNC_QUEUE, ACTIVITY_QUEUE]) jobs[queue] = await countJobs(payload, queue)
  return {
    command: 'status',
    counts,
    failed,
    jobs,
    lastReconciliation: (await readLastPass(payload)) ?? null,
    discourse: checkForum ? await checkDiscourse(bridge) : null,
  }
}
