import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { JOBS_COLLECTION, queueSync, syncConcurrencyKey } from '../outbox/jobs'
import { syncSubject, type SyncedCollection } from '../outbox/subjects'
import { writeSyncRecord } from '../outbox/writeSyncRecord'

/**
 * An editor's or admin's "sync again": owes a fresh sync and queues it now, with the retry
 * state cleared and the document's cancelled (failed) sync job removed. A document whose topic was deleted on the forum gets a new topic under a new
 * external_id (the old one stays taken by the deleted topic); that only ever happens on this
 * explicit request.
 */
export const requestResync = async (
  payload: Payload,
  collection: SyncedCollection,
  id: string,
): Promise<boolean> => {
  const record = await writeSyncRecord(payload, collection, id, (cur) => {
    const recreate = cur.syncState === 'topic_deleted'
    return {
      owedVersion: Number(cur.owedVersion ?? 0) + 1,
      syncState: 'pending',
      lastError: null,
      tries: 0,
      nextAttemptAt: null,
      syncedHash: null,
      ...(recreate
        ? {
            topicId: null,
            topicUrl: null,
            topicSlug: null,
            firstPostId: null,
            forumTitle: null,
            attempts: 0,
            externalId: `${syncSubject(collection).externalIdPrefix}${randomUUID()}`,
          }
        : {}),
    }
  })
  if (!record) return false
  // The job a permanent failure cancelled stays as a failed job (status counts it) until now.
  await payload.delete({
    collection: JOBS_COLLECTION,
    where: {
      and: [
        { concurrencyKey: { equals: syncConcurrencyKey(collection, id) } },
        { hasError: { equals: true } },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  await queueSync(payload, { collection, id }, { delayMs: 0 })
  return true
}
