import type { Payload, Where } from 'payload'

/** One refresh of a topic at a time (exclusive); a newer pending one replaces an older one. */
export const activityConcurrencyKey = (topicId: number) => `activity:${topicId}`

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
    collection: 'payload-jobs',
    where: { and: [waitingRefreshWhere(topicId), { createdAt: { greater_than: createdAt } }] },
  })
  return newer.totalDocs > 0
}
