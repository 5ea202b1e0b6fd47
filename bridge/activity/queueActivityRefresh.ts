import type { Payload } from 'payload'
import type { LinkedDoc } from './findByTopicId'
import { ACTIVITY_QUEUE, activityConcurrencyKey } from './RefreshTopicActivityTask'
import { announceActivityDue } from './activityDue'

/** The default of DISCOURSE_ACTIVITY_COALESCE_MS, for a config built without it. */
const DEFAULT_COALESCE_MS = 1000

/**
 * Queues a refresh of one topic's counts and latest replies, at most one pending per topic:
 * when a refresh for the topic is already waiting to run, it will read the forum after this
 * event happened, so nothing is queued ('coalesced'). A new refresh waits the coalescing delay
 * (DISCOURSE_ACTIVITY_COALESCE_MS) so the rest of a burst finds it pending. With the task's
 * exclusive concurrency key, a burst costs at most one fetch in flight and one pending.
 * Only the database is touched here: the forum is read by a worker running the job.
 */
export const queueActivityRefresh = async (
  payload: Payload,
  input: LinkedDoc & { topicId: number },
  { delayMs }: { delayMs?: number } = {},
): Promise<'queued' | 'coalesced'> => {
  const pending = await payload.db.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: activityConcurrencyKey(input.topicId) } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  if (pending.totalDocs > 0) return 'coalesced'
  delayMs ??= Number(payload.config.custom?.activityCoalesceMs ?? DEFAULT_COALESCE_MS)
  const dueAt = new Date(Date.now() + delayMs)
  // Two deliveries racing past the check both queue; the task's `supersedes` keeps the newer.
  await payload.jobs.queue({
    task: 'refreshTopicActivity',
    queue: ACTIVITY_QUEUE,
    input: { collection: input.collection, id: input.id, topicId: input.topicId },
    waitUntil: dueAt,
  })
  announceActivityDue(dueAt)
  return 'queued'
}
