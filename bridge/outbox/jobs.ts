import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { SyncedCollection } from './subjects'

/** Payload's jobs collection (typed: the config's jobs make the generated types list it). */
export const JOBS_COLLECTION = 'payload-jobs' satisfies CollectionSlug

/** Publishing work (sync, close) and forum activity back run on two queues, side by side. */
export const SYNC_QUEUE = 'discourse'
export const ACTIVITY_QUEUE = 'discourse-activity'
export const BRIDGE_QUEUES = [SYNC_QUEUE, ACTIVITY_QUEUE]

export const SYNC_TASK = 'syncDiscourseTopic'
export const CLOSE_TASK = 'closeDiscourseTopic'
export const REFRESH_TASK = 'refreshTopicActivity'

/** One refresh of a topic at a time (exclusive); a newer pending one replaces an older one. */
export const activityConcurrencyKey = (topicId: number) => `activity:${topicId}`

/** One sync of a document at a time; a newer job for it supersedes the pending older one. */
export const syncConcurrencyKey = (collection: string, id: string | number) =>
  `sync:${collection}:${id}`

export type SyncJobInput = { collection: SyncedCollection; id: string }

export type CloseJobInput = {
  collection: SyncedCollection
  id: string
  /** Unknown when the document was deleted while its topic's create was unresolved. */
  topicId?: number
  externalId?: string
  /** When the document was deleted: without a topic id, the lookup by external_id runs for a while after. */
  deletedAt?: string
  /** Consecutive tries of this close so far (it re-queues itself, as the sync does). */
  tries?: number
}

/**
 * One conditional UPDATE of a job row (the drizzle adapters' `atomic` option): the database
 * re-checks `where` on the locked row, so of two writers racing for a job exactly one wins.
 * Answers whether the row still matched. The claim, the lease renewal and the sweep's release
 * all go through it.
 */
export const updateJobIf = async (
  payload: Payload,
  id: number | string,
  where: Where,
  data: Record<string, unknown>,
): Promise<boolean> =>
  Boolean(
    await payload.db.updateOne({
      collection: JOBS_COLLECTION,
      where: { and: [{ id: { equals: id } }, where] },
      data,
      options: { atomic: true },
    }),
  )

/** Jobs whose time has come (no delay, or a delay that has passed). */
export const dueBy = (now: Date): Where => ({
  or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }],
})

/** Jobs of a queue waiting to run: not done, not failed. */
export const liveJobsWhere = (queue: string | string[]): Where => ({
  and: [
    { queue: typeof queue === 'string' ? { equals: queue } : { in: queue } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
})

/** Jobs a runner would take now: live, not running, due. */
export const dueJobsWhere = (queue: string | string[], now = new Date()): Where => ({
  and: [liveJobsWhere(queue), { processing: { equals: false } }, dueBy(now)],
})

/** A document's sync job that has not run yet (queued, delayed or running). */
export const liveSyncJobWhere = (collection: SyncedCollection, id: string | number): Where => ({
  and: [
    liveJobsWhere(SYNC_QUEUE),
    { concurrencyKey: { equals: syncConcurrencyKey(collection, id) } },
  ],
})

/** The sweep's three clean-ups of the bridge's queues, as of `now` with a worker lease of `leaseMs`. */
export const sweepWhere = (
  now: Date,
  leaseMs: number,
): { stale: Where; overdue: Where; completed: Where } => {
  const leaseAgo = new Date(now.getTime() - leaseMs).toISOString()
  return {
    /** Running for longer than a lease: their worker died (an activity refresh left so would
     * hold its topic's exclusive key, and every later delivery would only move it back). */
    stale: {
      and: [
        { queue: { in: BRIDGE_QUEUES } },
        { processing: { equals: true } },
        { updatedAt: { less_than: leaseAgo } },
      ],
    },
    /** Due for longer than a lease without being run: left by a worker killed mid-job. */
    overdue: {
      and: [
        { queue: { equals: SYNC_QUEUE } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        {
          or: [
            { waitUntil: { less_than: leaseAgo } },
            { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: leaseAgo } }] },
          ],
        },
      ],
    },
    /** Completed but not deleted: a worker killed before its batch ended. */
    completed: {
      and: [
        { queue: { in: BRIDGE_QUEUES } },
        { completedAt: { exists: true } },
        { processing: { equals: false } },
      ],
    },
  }
}

/** Queues the sync of one document; a newer pending job for the same document replaces older ones. */
export const queueSync = async (
  payload: Payload,
  input: SyncJobInput,
  { delayMs, req }: { delayMs?: number; req?: PayloadRequest } = {},
) => {
  // Rapid edits within the coalescing window become one request: a newer pending job
  // supersedes older ones (DISCOURSE_SYNC_COALESCE_MS).
  delayMs ??= Number(payload.config.custom?.syncCoalesceMs ?? 1500)
  await payload.jobs.queue({
    task: SYNC_TASK,
    queue: SYNC_QUEUE,
    input: { collection: input.collection, id: String(input.id) },
    waitUntil: new Date(Date.now() + delayMs),
    req,
  })
}

/** Queues closing (or deleting) the topic of a document that is being deleted. */
export const queueTopicClose = async (
  payload: Payload,
  input: CloseJobInput,
  { delayMs, req }: { delayMs?: number; req?: PayloadRequest } = {},
) => {
  await payload.jobs.queue({
    task: CLOSE_TASK,
    queue: SYNC_QUEUE,
    input,
    waitUntil: delayMs ? new Date(Date.now() + delayMs) : undefined,
    req,
  })
}
