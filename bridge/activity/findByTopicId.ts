import type { Payload } from 'payload'
import { SYNCED_COLLECTIONS, type SyncedCollection } from '../outbox/subjects'

export type LinkedDoc = { collection: SyncedCollection; id: string }

/** The story or event linked to a forum topic, if Space knows the topic. */
export const findByTopicId = async (
  payload: Payload,
  topicId: number,
): Promise<LinkedDoc | null> => {
  for (const collection of SYNCED_COLLECTIONS) {
    const found = await payload.db.findOne({
      collection,
      where: { 'discourse.topicId': { equals: topicId } },
    })
    if (found) return { collection, id: String((found as { id: number | string }).id) }
  }
  return null
}
