import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { syncSubject, type SyncedCollection, type SyncedDoc } from '../subjects'
import type { SyncRecord } from '../SyncRecord'

// What only the bridge's own writes change once a document has it.
const storedKeys = [
  'owedVersion',
  'syncedVersion',
  'syncedHash',
  'topicId',
  'firstPostId',
  'attempts',
  'tries',
  'nextAttemptAt',
  'forumTitle',
] as const satisfies readonly (keyof SyncRecord)[]

const keepStored = <K extends keyof SyncRecord>(
  key: K,
  before: SyncRecord,
  discourse: SyncRecord,
) => {
  discourse[key] = before[key] ?? discourse[key]
}

/**
 * The durable outbox entry: when a change to a document means the forum owes an update
 * (it is or was public, or it already has a topic), bump `discourse.owedVersion` in the
 * same row write. Nothing can lose it: the worker, and the sweep after a crash, act on
 * `owedVersion > syncedVersion`. Saving never waits on Discourse.
 */
export const markSyncOwed =
  <C extends SyncedCollection>(collection: C): CollectionBeforeChangeHook<SyncedDoc<C>> =>
  ({ data, originalDoc, operation }) => {
    const subject = syncSubject(collection)
    // A create has no stored bookkeeping, even when it duplicates a document (Payload then
    // passes the original as originalDoc): a copy must never inherit the original's topic.
    const stored = operation === 'update' ? originalDoc : undefined
    const before: SyncRecord = stored?.discourse ?? {}
    const discourse: SyncRecord = { ...before, ...(data.discourse ?? {}) }
    // API callers never reach here with `discourse` (field access drops it). Code may seed
    // any value on create (an import linking an existing topic); on update the sync
    // bookkeeping is always the stored one.
    for (const key of storedKeys) keepStored(key, before, discourse)
    discourse.externalId = before.externalId || `${subject.externalIdPrefix}${randomUUID()}`
    const merged = { ...(stored ?? {}), ...data }
    const concernsForum =
      subject.isPublic(merged) || (stored && subject.isPublic(stored)) || Boolean(before.topicId)
    if (concernsForum && discourse.syncState !== 'topic_deleted') {
      discourse.owedVersion = Number(before.owedVersion ?? 0) + 1
      discourse.syncState = 'pending'
    }
    return { ...data, discourse }
  }
