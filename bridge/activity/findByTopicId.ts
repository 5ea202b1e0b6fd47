import type { Payload } from 'payload'
import type { SyncedCollection } from '../sync/syncSubjects'

export type LinkedDoc = { collection: SyncedCollection; id: string }

/** The story or event linked to a forum topic, if Space knows the topic. */
export const findByTopicId = async (
  payload: Payload,
  topicId: number,
): Promise<LinkedDoc | null> => {
  for (const collection of ['stories', 'events'] as SyncedCollection[]) {
    const found = await payload.db.findOne({
      collection,
      where: { 'discourse.topicId': { equals: topicId } },
    })
    if (found) return { collection, id: String((found as { id: number | string }).id) }
  }
  return null
}
