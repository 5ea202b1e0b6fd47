import type { Payload } from 'payload'
import type { Story } from '@/types/payload-types'
import type { DiscourseClient, Topic } from '../discourse'
import { DiscourseNotFoundError, DiscourseValidationError } from '../discourse'
import type { BridgeSettings } from '../bridgeSettings'
import { syncSubject, type SyncedCollection } from './syncSubjects'
import { fingerprintOf, parseFingerprint, serializeFingerprint } from './topicFingerprint'
import { writeDiscourseState } from './writeDiscourseState'

export type SyncOutcome =
  'created' | 'adopted' | 'updated' | 'unchanged' | 'nothing_owed' | 'gone' | 'topic_deleted'

export type SyncDeps = { payload: Payload; client: DiscourseClient; settings: BridgeSettings }

// A real forum may show a deleted topic to a staff key (200 with deleted_at) instead of a 404.
const liveOrNull = (topic: Topic | null) =>
  topic && !(topic as { deleted_at?: string | null }).deleted_at ? topic : null

const firstPostIdOf = (topic: Topic): number | undefined =>
  (
    topic as { post_stream?: { posts?: Array<{ id: number; post_number?: number }> } }
  ).post_stream?.posts?.find((p) => p.post_number === 1 || p.post_number === undefined)?.id

// Discourse words it "External has already been taken" (Rails drops `_id` from the field name).
const externalIdTaken = (err: unknown) =>
  err instanceof DiscourseValidationError &&
  err.errors.some((e) => /^external\b/i.test(e) && /taken/i.test(e))

/**
 * Brings one document's forum topic in line with the document. Exactly one topic per
 * document: a create is preceded by a lookup by external_id whenever an earlier attempt may
 * have reached the forum, and Discourse's own unique external_id turns a racing second
 * create into an adoption. Errors propagate to the task, which decides retry or failure.
 */
export const syncTopic = async (
  { payload, client, settings }: SyncDeps,
  collection: SyncedCollection,
  id: string,
): Promise<SyncOutcome> => {
  const subject = syncSubject(collection)
  const doc = await payload.findByID({
    collection,
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return 'gone'
  // Stories and events share the one group (bridge/outbox/discourseGroup.ts), so one type reads both.
  const d: NonNullable<Story['discourse']> = doc.discourse ?? {}
  const owed = Number(d.owedVersion ?? 0)
  if (d.syncState === 'topic_deleted') return 'topic_deleted'
  if (owed <= Number(d.syncedVersion ?? 0) && d.syncState !== 'pending') return 'nothing_owed'
  // markSyncOwed gives every document it marks an external id; one without is not ours to sync.
  const externalId = d.externalId
  if (!externalId) throw new Error(`${collection} ${id} is owed a sync but has no external id`)

  const desired = subject.render(doc, settings)
  const next = fingerprintOf(desired)
  const done = (extra: Record<string, unknown>) =>
    writeDiscourseState(payload, collection, id, (cur) => ({
      ...extra,
      syncedVersion: owed,
      syncedHash: serializeFingerprint(next),
      // A newer edit that arrived meanwhile keeps the document pending for its own job.
      syncState: Number(cur.owedVersion ?? 0) > owed ? 'pending' : 'synced',
      lastSyncedAt: new Date().toISOString(),
      lastError: null,
      attempts: 0,
    }))

  let topicId: number | undefined = d.topicId ?? undefined
  let firstPostId: number | undefined = d.firstPostId ?? undefined
  let prev = parseFingerprint(d.syncedHash)
  let outcome: SyncOutcome = 'updated'

  if (!topicId) {
    // An earlier attempt may have created the topic without us hearing back: look it up
    // first, even when the document is no longer public, so its topic gets unlisted.
    let found: Topic | null = null
    if (Number(d.attempts ?? 0) > 0)
      found = liveOrNull(await client.getTopicByExternalId(externalId))
    if (!found && !desired.visible) {
      await done({})
      return 'unchanged'
    }
    if (!found) {
      // Persist "a create may be in flight" before it leaves, so any retry looks up first.
      await writeDiscourseState(payload, collection, id, (cur) => ({
        attempts: Number(cur.attempts ?? 0) + 1,
      }))
      try {
        const created = await client.createTopic({ ...desired, externalId })
        await done({
          topicId: created.topicId,
          firstPostId: created.postId,
          topicSlug: created.topicSlug,
          topicUrl: client.topicUrl({ id: created.topicId, slug: created.topicSlug }),
        })
        return 'created'
      } catch (err) {
        if (!externalIdTaken(err)) throw err
        found = liveOrNull(await client.getTopicByExternalId(externalId))
        if (!found) throw err
      }
    }
    topicId = found.id
    firstPostId = firstPostIdOf(found)
    await writeDiscourseState(payload, collection, id, {
      topicId,
      firstPostId,
      topicSlug: found.slug,
      topicUrl: client.topicUrl(found),
    })
    prev = null // what the adopted topic holds is unknown: write everything once
    outcome = 'adopted'
  }

  try {
    if (!prev || prev.post !== next.post) {
      firstPostId ??= firstPostIdOf(await client.getTopic(topicId))
      if (firstPostId) await client.updateFirstPost(firstPostId, desired.raw, 'Updated from Space')
    }
    if (!prev || prev.meta !== next.meta)
      await client.updateTopic(topicId, { title: desired.title, categoryId: desired.categoryId })
    if (!prev || prev.visible !== next.visible)
      await client.setTopicStatus(topicId, 'visible', desired.visible)
  } catch (err) {
    if (!(err instanceof DiscourseNotFoundError)) throw err
    // Deleted on the forum side: shown as such, never silently recreated.
    await writeDiscourseState(payload, collection, id, {
      syncState: 'topic_deleted',
      lastError: 'The topic was deleted on the forum.',
      attempts: 0,
    })
    return 'topic_deleted'
  }
  await done({ firstPostId })
  return prev && prev.post === next.post && prev.meta === next.meta && prev.visible === next.visible
    ? 'unchanged'
    : outcome
}
