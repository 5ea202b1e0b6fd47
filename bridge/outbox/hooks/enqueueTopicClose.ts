import type { CollectionBeforeDeleteHook } from 'payload'
import { queueTopicClose } from '../jobs'
import type { SyncedCollection } from '../subjects'

/**
 * Queued before the row goes, so the record is still known; the job checks that the document
 * is really gone before it touches the forum. A document with no topic id whose create is
 * unresolved (attempted: in flight, its answer lost, or waiting for a retry; or a sync still
 * pending) gets the close too, by external_id: its topic may exist, or be about to.
 */
export const enqueueTopicClose =
  (collection: SyncedCollection): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const doc = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const record = doc?.discourse
    if (!record) return
    const topicId = record.topicId ?? undefined
    const unresolved = Number(record.attempts ?? 0) > 0 || record.syncState === 'pending'
    const externalId = record.externalId ?? undefined
    if (!topicId && !(unresolved && externalId)) return
    await queueTopicClose(
      req.payload,
      { collection, id: String(id), topicId, externalId, deletedAt: new Date().toISOString() },
      { req },
    )
  }
