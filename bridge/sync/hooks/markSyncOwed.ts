import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import '../../../src/shared/requestContext'
import { syncSubject, type SyncedCollection } from '../syncSubjects'

/**
 * The durable outbox entry: when a change to a document means the forum owes an update
 * (it is or was public, or it already has a topic), bump `discourse.owedVersion` in the
 * same row write. Nothing can lose it: the worker, and the sweep after a crash, act on
 * `owedVersion > syncedVersion`. Saving never waits on Discourse.
 */
export const markSyncOwed =
  (collection: SyncedCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc, context }) => {
    if (context.fromDiscourse || context.fromBridge) return data
    const subject = syncSubject(collection)
    const before = (originalDoc?.discourse ?? {}) as Record<string, unknown>
    const discourse = { ...before, ...(data.discourse ?? {}) }
    // Editors cannot write bridge bookkeeping through the API: keep the stored values.
    for (const key of ['owedVersion', 'syncedVersion', 'syncedHash', 'topicId', 'firstPostId', 'attempts'])
      discourse[key] = before[key] ?? discourse[key]
    discourse.externalId = before.externalId || `${subject.externalIdPrefix}${randomUUID()}`
    const merged = { ...(originalDoc ?? {}), ...data }
    const concernsForum = subject.isPublic(merged) || (originalDoc && subject.isPublic(originalDoc)) || Boolean(before.topicId)
    if (concernsForum && discourse.syncState !== 'topic_deleted') {
      discourse.owedVersion = Number(before.owedVersion ?? 0) + 1
      discourse.syncState = 'pending'
    }
    return { ...data, discourse }
  }
