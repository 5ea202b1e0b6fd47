import type { Payload } from 'payload'
import { dueJobsWhere, JOBS_COLLECTION as JOBS, updateJobIf } from '@/bridge/outbox/jobs'
import { JOB_LEASE_MS } from '@/bridge/sync/sweepOwedSyncs'

type JobRow = { id: number | string; concurrencyKey?: string | null }

/**
 * Takes the job for this runner alone. Payload's own claim (`jobs.run`) finds due jobs and then
 * marks them processing, two steps another runner can fall between; this is one conditional
 * UPDATE (the drizzle adapters' `atomic` option), so of two runners, in this process or another,
 * exactly one gets the row. A job whose concurrency key another runner holds is let go again:
 * one sync of a document at a time.
 */
const claim = async (payload: Payload, job: JobRow): Promise<boolean> => {
  // updatedAt starts the lease the sweep measures (bridge/sync/sweepOwedSyncs.ts).
  const taken = await updateJobIf(
    payload,
    job.id,
    { processing: { equals: false } },
    { processing: true, updatedAt: new Date().toISOString() },
  )
  if (!taken) return false
  if (!job.concurrencyKey) return true
  const running = await payload.db.count({
    collection: JOBS,
    where: {
      and: [
        { concurrencyKey: { equals: job.concurrencyKey } },
        { processing: { equals: true } },
        { id: { not_equals: job.id } },
      ],
    },
  })
  if (running.totalDocs === 0) return true
  await payload.db.updateOne({ collection: JOBS, id: job.id, data: { processing: false } })
  return false
}

/**
 * Keeps a running job's lease: the sweep takes a job processing for longer than a lease for a
 * dead worker's and lets another runner have it, so a job that runs long (a slow forum, a busy
 * machine) renews it every third of a lease while its runner is alive. Without this, two
 * runners once ran one job and the second's log write failed on the row the first had deleted.
 */
const renewLease = (payload: Payload, id: JobRow['id'], leaseMs: number) =>
  setInterval(
    () =>
      void updateJobIf(
        payload,
        id,
        { processing: { equals: true } },
        { updatedAt: new Date().toISOString() },
      ).catch((err: unknown) =>
        payload.logger.warn({ err, job: id }, 'could not renew a job lease'),
      ),
    Math.max(1000, Math.floor(leaseMs / 3)),
  )

/**
 * Runs the oldest due job of `queue` that this runner can claim; answers whether it ran one.
 * `held` is the concurrency keys (or job ids) this process's runners hold right now, so they
 * never even try for one another's jobs.
 */
export const runNextJob = async (
  payload: Payload,
  queue: string,
  held: Set<string>,
  {
    lookAhead,
    onClaim,
    leaseMs = JOB_LEASE_MS,
  }: { lookAhead: number; onClaim?: () => void; leaseMs?: number },
): Promise<boolean> => {
  const due = await payload.db.find({
    collection: JOBS,
    where: dueJobsWhere(queue),
    sort: 'createdAt',
    limit: lookAhead,
    pagination: false,
    // Only what a claim needs: a whole job row brings its log along.
    select: { concurrencyKey: true },
  })
  for (const job of due.docs as JobRow[]) {
    const key = job.concurrencyKey ?? `job:${job.id}`
    if (held.has(key)) continue
    held.add(key)
    try {
      if (!(await claim(payload, job))) continue
      onClaim?.()
      const renew = renewLease(payload, job.id, leaseMs)
      try {
        // runByID runs a job already marked processing (it does not check the mark), as one.
        await payload.jobs.runByID({ id: job.id, overrideAccess: true, silent: { info: true } })
      } finally {
        clearInterval(renew)
      }
      return true
    } finally {
      held.delete(key)
    }
  }
  return false
}
