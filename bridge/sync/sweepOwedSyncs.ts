import type { Payload } from 'payload'
import { ACTIVITY_QUEUE } from '../activity/RefreshTopicActivityTask'
import { queueSync, SYNC_QUEUE } from './queueSync'
import type { SyncedCollection } from './syncSubjects'

/** Default lease: a job "processing" for longer than this is taken to belong to a dead worker. */
export const JOB_LEASE_MS = 5 * 60_000

/**
 * The outbox's safety net, run on a schedule: releases sync jobs whose worker died mid-run
 * (their lease expired), drops jobs that have been due for longer than a lease without being
 * run (a worker killed between finishing a task and closing its job leaves such rows, and
 * Payload does not pick them up again) — safe, because what is owed lives in the document —
 * and completed jobs a killed worker had not yet deleted,
 * then queues a job for every document that still owes a sync but has no live job: the
 * crash between a save and its queueing, or a lost queue write.
 */
export const sweepOwedSyncs = async (
  payload: Payload,
  { now = new Date(), leaseMs = JOB_LEASE_MS }: { now?: Date; leaseMs?: number } = {},
): Promise<{ released: number; queued: number }> => {
  const stale = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: SYNC_QUEUE } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  const overdue = new Date(now.getTime() - leaseMs).toISOString()
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: SYNC_QUEUE } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        {
          or: [
            { waitUntil: { less_than: overdue } },
            { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: overdue } }] },
          ],
        },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  // Completed jobs left behind: Payload deletes a batch's completed jobs only once the whole
  // batch is done, so a worker killed mid-batch leaves the ones it had finished. They are done;
  // nothing will run them again.
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [{ queue: { in: [SYNC_QUEUE, ACTIVITY_QUEUE] } }, { completedAt: { exists: true } }],
    },
    overrideAccess: true,
    depth: 0,
  })
  let queued = 0
  for (const collection of ['stories', 'events'] as SyncedCollection[]) {
    const owed = await payload.find({
      collection,
      where: { 'discourse.syncState': { equals: 'pending' } },
      select: { discourse: true },
      limit: 1000,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    for (const doc of owed.docs) {
      const key = `sync:${collection}:${doc.id}`
      const live = await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { concurrencyKey: { equals: key } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
          ],
        },
        overrideAccess: true,
      })
      if (live.totalDocs > 0) continue
      await queueSync(payload, { collection, id: String(doc.id) }, { delayMs: 0 })
      queued++
    }
  }
  return { released: stale.docs.length, queued }
}
