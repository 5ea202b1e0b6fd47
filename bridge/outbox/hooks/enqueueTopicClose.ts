import type { CollectionBeforeDeleteHook } from 'payload'
import { queueTopicClose } from '@/bridge/sync/queueSync'
import type { SyncedCollection } from '@/bridge/sync/syncSubjects'

// Queued before the row goes, so the topic id is still known; the job checks that the
// document is really gone before it touches the forum.
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
    const topicId = doc?.discourse?.topicId
    if (!topicId) return
    const externalId = doc.discourse?.externalId ?? undefined
    await queueTopicClose(req.payload, { collection, topicId, externalId, id: String(id) }, req)
  }
