import type { Payload } from 'payload'
import type { DiscourseClient } from '../discourse'
import { DiscourseNotFoundError } from '../discourse'
import type { BridgeSettings } from '../bridgeSettings'
import { desiredTopic, isDisambiguatedTitle, type SyncedCollection } from '../outbox/subjects'
import type { SyncPatch, SyncRecord } from '../outbox/SyncRecord'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import {
  applyTopicChanges,
  changesFromDrifts,
  changesSince,
  nothingToChange,
  type TopicChanges,
} from './applyTopicChanges'
import { findOrCreateTopic } from './findOrCreateTopic'
import { readTopicDrifts } from './topicDrift'
import { fingerprintOf, parseFingerprint, serializeFingerprint } from './topicFingerprint'

export type SyncOutcome =
  'created' | 'adopted' | 'updated' | 'unchanged' | 'nothing_owed' | 'gone' | 'topic_deleted'

export type SyncDeps = { payload: Payload; client: DiscourseClient; settings: BridgeSettings }

/** The title the record keeps: null when the forum has the rendered title itself. */
const forumTitleOf = (title: string, renderedTitle: string) =>
  title === renderedTitle ? null : title

/**
 * Brings one document's forum topic in line with the document: reads the document and its
 * sync record once, finds or creates the topic (findOrCreateTopic) when it has none, writes
 * only the parts that differ (applyTopicChanges), and records the result in one final patch.
 * Errors propagate to the task, which decides retry or failure.
 */
export const syncTopic = async (
  { payload, client, settings }: SyncDeps,
  collection: SyncedCollection,
  id: string,
): Promise<SyncOutcome> => {
  const doc = await payload.findByID({
    collection,
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return 'gone'
  const record: SyncRecord = doc.discourse ?? {}
  const owed = Number(record.owedVersion ?? 0)
  if (record.syncState === 'topic_deleted') return 'topic_deleted'
  if (owed <= Number(record.syncedVersion ?? 0) && record.syncState !== 'pending')
    return 'nothing_owed'
  // markSyncOwed gives every document it marks an external id; one without is not ours to sync.
  const externalId = record.externalId
  if (!externalId) throw new Error(`${collection} ${id} is owed a sync but has no external id`)

  let desired = desiredTopic(collection, doc, settings)
  const finish = (patch: SyncPatch, title: string) =>
    writeSyncRecord(payload, collection, id, (cur) => ({
      ...patch,
      forumTitle: forumTitleOf(title, desired.renderedTitle),
      syncedVersion: owed,
      // What the forum now holds, under the title it really has.
      syncedHash: serializeFingerprint(fingerprintOf({ ...desired, title })),
      // A newer edit that arrived meanwhile keeps the document pending for its own job.
      syncState: Number(cur.owedVersion ?? 0) > owed ? 'pending' : 'synced',
      lastSyncedAt: new Date().toISOString(),
      lastError: null,
      attempts: 0,
      tries: 0,
      nextAttemptAt: null,
    }))

  let link: { topicId: number; firstPostId?: number }
  let linkPatch: SyncPatch = {}
  let changes: TopicChanges
  let outcome: SyncOutcome = 'updated'
  if (record.topicId) {
    link = { topicId: record.topicId, firstPostId: record.firstPostId ?? undefined }
    changes = changesSince(parseFingerprint(record.syncedHash), fingerprintOf(desired))
  } else {
    const found = await findOrCreateTopic(
      { payload, client },
      { collection, id, record: { ...record, externalId }, desired },
    )
    if (found.kind === 'none') {
      await finish({}, desired.title)
      return 'unchanged'
    }
    if (found.kind === 'created') {
      await finish(found.link, found.title)
      return 'created'
    }
    // An adopted topic (a lost create, perhaps "Title · 2") gets only what differs from it.
    if (isDisambiguatedTitle(desired.renderedTitle, found.topic.title))
      desired = { ...desired, title: found.topic.title }
    const { drifts, firstPostId } = await readTopicDrifts(client, found.topic, desired)
    link = { topicId: found.link.topicId, firstPostId }
    linkPatch = { ...found.link, firstPostId: firstPostId ?? null }
    changes = changesFromDrifts(drifts)
    outcome = 'adopted'
  }

  let applied: Awaited<ReturnType<typeof applyTopicChanges>>
  try {
    applied = await applyTopicChanges(client, link, desired, changes)
  } catch (err) {
    if (!(err instanceof DiscourseNotFoundError)) {
      // Keep what was learnt of an adopted topic, so the retry need not look it up again.
      if (outcome === 'adopted') await writeSyncRecord(payload, collection, id, linkPatch)
      throw err
    }
    // Deleted on the forum side: shown as such, never silently recreated.
    await writeSyncRecord(payload, collection, id, {
      syncState: 'topic_deleted',
      lastError: 'The topic was deleted on the forum.',
      attempts: 0,
      tries: 0,
      nextAttemptAt: null,
    })
    return 'topic_deleted'
  }
  await finish(
    { ...linkPatch, firstPostId: applied.firstPostId ?? null },
    applied.title ?? desired.title,
  )
  return outcome === 'updated' && nothingToChange(changes) ? 'unchanged' : outcome
}
