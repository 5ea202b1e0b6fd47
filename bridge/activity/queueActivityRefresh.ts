import type { Payload } from 'payload'
import type { LinkedDoc } from './findByTopicId'
import { ACTIVITY_QUEUE, JOBS_COLLECTION, REFRESH_TASK } from '../outbox/jobs'
import { waitingRefreshWhere } from './pendingRefresh'
import { announceActivityDue } from './activityDue'

/** The default of DISCOURSE_ACTIVITY_COALESCE_MS, for a config built without it. */
const DEFAULT_COALESCE_MS = 1000

/**
 * How long a burst may hold a refresh back, in coalescing delays: a topic busy without a pause
 * still gets its counts refreshed this often.
 */
const MAX_HOLD_DELAYS = 10

/**
 * Queues a refresh of one topic's counts and latest replies, at most one pending per topic.
 * A new refresh waits the coalescing delay (DISCOURSE_ACTIVITY_COALESCE_MS); a delivery that
 * finds one pending queues nothing and moves it back by the delay instead (it will read the forum
 * after this event happened), but never beyond MAX_HOLD_DELAYS delays after it was queued. With
 * the task's exclusive concurrency key, a burst costs one fetch in flight and one pending at most.
 * Only the database is touched here: the forum is read by a worker running the job.
 */
export const queueActivityRefresh = async (
  payload: Payload,
  input: LinkedDoc & { topicId: number },
  { delayMs }: { delayMs?: number } = {},
): Promise<'queued' | 'coalesced'> => {
  delayMs ??= Number(payload.config.custom?.activityCoalesceMs ?? DEFAULT_COALESCE_MS)
  const now = Date.now()
  const waiting = waitingRefreshWhere(input.topicId)
  const pending = await payload.db.findOne<{ id: number | string; createdAt: string }>({
    collection: JOBS_COLLECTION,
    where: waiting,
  })
  if (pending) {
    const holdUntil = Date.parse(pending.createdAt) + MAX_HOLD_DELAYS * delayMs
    const dueAt = new Date(Math.max(now, Math.min(now + delayMs, holdUntil)))
    // Only while it still waits: a job a worker took meanwhile reads the forum after this event.
    const moved = await payload.db.updateMany({
      collection: JOBS_COLLECTION,
      where: { and: [waiting, { id: { equals: pending.id } }] },
      data: { waitUntil: dueAt.toISOString() },
    })
    if (moved?.length) {
      announceActivityDue(dueAt)
      return 'coalesced'
    }
  }
  const dueAt = new Date(now + delayMs)
  // Two deliveries racing past the check both queue; the task's `supersedes` keeps the newer.
  await payload.jobs.queue({
    task: REFRESH_TASK,
    queue: ACTIVITY_QUEUE,
    input: { collection: input.collection, id: input.id, topicId: input.topicId },
    waitUntil: dueAt,
  })
  announceActivityDue(dueAt)
  return 'queued'
}
