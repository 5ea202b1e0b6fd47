import type { Payload } from 'payload'
import { notifyContentChanged } from '@/shared/contentEvents'
import type { SyncedCollection, SyncedDoc } from './subjects'
import type { SyncPatch, SyncRecord } from './SyncRecord'

// What the public site and the public API's readers see of the record; bookkeeping such as
// owedVersion, attempts, tries or lastError changes no page.
const SHOWN_PUBLICLY = [
  'topicUrl',
  'topicId',
  'topicSlug',
  'replyCount',
  'likeCount',
  'views',
  'participants',
  'lastActivityAt',
  'latestReplies',
] as const satisfies readonly (keyof SyncRecord)[]

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** True when the change moves something a page shows. */
export const changesPublicView = (before: SyncRecord, after: SyncRecord): boolean =>
  SHOWN_PUBLICLY.some((key) => !same(before[key], after[key]))

/**
 * The one writer of a document's sync record. It reads the stored record once, applies the
 * patch (or what `patch(current)` returns; null writes nothing) and writes the whole group
 * in one update straight to the database adapter: these writes are not editorial changes, so
 * they add no revision, re-run no workflow and owe no new sync. Page caches hear of it through
 * contentEvents, once, and only when a field a page shows changed. Null when the document is gone.
 */
export const writeSyncRecord = async (
  payload: Payload,
  collection: SyncedCollection,
  id: string | number,
  patch: SyncPatch | ((current: SyncRecord) => SyncPatch | null),
): Promise<SyncRecord | null> => {
  const row = await payload.db.findOne<SyncedDoc>({
    collection,
    where: { id: { equals: id } },
    select: { discourse: true },
  })
  if (!row) return null
  const before: SyncRecord = row.discourse ?? {}
  const change = typeof patch === 'function' ? patch(before) : patch
  if (!change) return before
  const after: SyncRecord = { ...before, ...change }
  await payload.db.updateOne({ collection, id, data: { discourse: after }, returning: false })
  if (changesPublicView(before, after)) notifyContentChanged({ collection, id: String(id) })
  return after
}
