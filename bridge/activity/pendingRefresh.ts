import type { Payload, Where } from 'payload'
import { activityConcurrencyKey, JOBS_COLLECTION } from '../outbox/jobs'

/** A refresh of the topic that is waiting to run (queued or delayed, not taken by a worker). */
export const waitingRefreshWhere = (topicId: number): Where => ({
  and: [
    { concurrencyKey: { equals: activityConcurrencyKey(topicId) } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
})

/** Whether a refresh of the topic queued after `createdAt` is waiting to run. */
export const newerRefreshWaits = async (
  payload: Payload,
  topicId: number,
  createdAt: string,
): Promise<boolean> => {
  const newer = await payload.db.count({
    collection: JOBS_COLLECTION,
    where: { and: [waitingRefreshWhere(topicId), { createdAt: { greater_than: createdAt } }] },
  })
  return newer.totalDocs > 0
}
