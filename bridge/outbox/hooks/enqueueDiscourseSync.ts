import type { CollectionAfterChangeHook } from 'payload'
import { queueSync } from '../jobs'
import type { SyncedCollection, SyncedDoc } from '../subjects'
import type { SyncRecord } from '../SyncRecord'

/**
 * After a save that left a sync owed, queue the job (with the save's `req`, so it joins the
 * save's transaction where the adapter runs one). If this fails or the process dies first,
 * the owed version is still in the row and the sweep queues it.
 */
export const enqueueDiscourseSync =
  <C extends SyncedCollection>(collection: C): CollectionAfterChangeHook<SyncedDoc<C>> =>
  async ({ doc, req }) => {
    const d: SyncRecord = doc.discourse ?? {}
    if ((d.owedVersion ?? 0) <= (d.syncedVersion ?? 0) || d.syncState !== 'pending') return doc
    try {
      await queueSync(req.payload, { collection, id: String(doc.id) }, { req })
    } catch (err) {
      req.payload.logger.warn(
        { err, collection, id: doc.id },
        'could not queue a Discourse sync now; the sweep will',
      )
    }
    return doc
  }
