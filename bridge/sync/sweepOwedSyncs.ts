import type { Payload } from 'payload'
import {
  JOBS_COLLECTION,
  liveSyncJobWhere,
  queueSync,
  sweepWhere,
  updateJobIf,
} from '../outbox/jobs'
import { SYNCED_COLLECTIONS } from '../outbox/subjects'

/** Default lease: a job "processing" for longer than this is taken to belong to a dead worker. */
export const JOB_LEASE_MS = 5 * 60_000

/**
 * The outbox's safety net, run on a schedule: releases sync jobs whose worker died mid-run
 * (their lease expired), drops jobs that have been due for longer than a lease without being
 * run (a worker killed between finishing a task and closing its job leaves such rows, and
 * Payload does not pick them up again) — safe, because what is owed lives in the document —
 * and completed jobs a killed worker had not yet deleted (Payload deletes a batch's completed
 * jobs only once the whole batch is done), then queues a job for every document that still
 * owes a sync but has no live job: the crash between a save and its queueing, or a lost queue write.
 */
export const sweepOwedSyncs = async (
  payload: Payload,
  { now = new Date(), leaseMs = JOB_LEASE_MS }: { now?: Date; leaseMs?: number } = {},
): Promise<{ released: number; queued: number }> => {
  const where = sweepWhere(now, leaseMs)
  // Each write is one conditional statement, never Payload's find-then-write-by-id: a runner
  // may claim a job (or renew its lease) between the two, and a job deleted while it runs made
  // its log write fail (see config/rollbackFailedJobUpdates.ts). The database re-checks the
  // condition on the locked row, so a claimed or renewed job is left alone.
  const stale = await payload.db.find({
    collection: JOBS_COLLECTION,
    where: where.stale,
    select: { id: true },
    limit: 1000,
    pagination: false,
  })
  let released = 0
  for (const job of stale.docs)
    if (await updateJobIf(payload, job.id, where.stale, { processing: false })) released++
  await payload.db.deleteMany({ collection: JOBS_COLLECTION, where: where.overdue })
  await payload.db.deleteMany({ collection: JOBS_COLLECTION, where: where.completed })
  let queued = 0
  for (const collection of SYNCED_COLLECTIONS) {
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
      const live = await payload.count({
        collection: JOBS_COLLECTION,
        where: liveSyncJobWhere(collection, doc.id),
        overrideAccess: true,
      })
      if (live.totalDocs > 0) continue
      await queueSync(payload, { collection, id: String(doc.id) }, { delayMs: 0 })
      queued++
    }
  }
  return { released, queued }
}
