import type { Payload, Where } from 'payload'
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

// What a computed patch decides from: an editor's save bumps owedVersion, and the retry and
// create-in-flight counters are read to be incremented. A computed patch is written only if
// these are still what it was computed from.
const DECIDED_FROM = [
  'owedVersion',
  'tries',
  'attempts',
  'syncState',
] as const satisfies readonly (keyof SyncRecord)[]

// A computed patch that keeps losing the race is a bug, not load: an editor saves a story a
// few times a minute, not in the microseconds between a read and its write.
const MAX_TRIES = 20

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** True when the change moves something a page shows. */
export const changesPublicView = (before: SyncRecord, after: SyncRecord): boolean =>
  SHOWN_PUBLICLY.some((key) => !same(before[key], after[key]))

/** The row, only while the fields a computed patch decided from still hold what was read. */
const unchangedSince = (id: string | number, read: SyncRecord): Where => ({
  and: [
    { id: { equals: id } },
    ...DECIDED_FROM.map((key): Where => {
      const value = read[key]
      return { [`discourse.${key}`]: value == null ? { exists: false } : { equals: value } }
    }),
  ],
})

/**
 * The one writer of a document's sync record. It reads the stored record, applies the patch
 * (or what `patch(current)` returns; null writes nothing) and writes only the fields the
 * patch names, straight to the database adapter: these writes are not editorial changes, so
 * they add no revision, re-run no workflow and owe no new sync. Page caches hear of it through
 * contentEvents, once, and only when a field a page shows changed. Null when the document is gone.
 *
 * A computed patch is written in one conditional statement that re-checks what it decided
 * from; when an editor's save (another process, another transaction) bumped owedVersion in
 * between, it is computed again from the new record. Without that, the sync's "synced, at
 * version N" would overwrite the save's "pending, version N+1", and the edit would never
 * reach the forum (the lost update faultInjection.int once caught).
 */
export const writeSyncRecord = async (
  payload: Payload,
  collection: SyncedCollection,
  id: string | number,
  patch: SyncPatch | ((current: SyncRecord) => SyncPatch | null),
): Promise<SyncRecord | null> => {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const row = await payload.db.findOne<SyncedDoc>({
      collection,
      where: { id: { equals: id } },
      select: { discourse: true },
    })
    if (!row) return null
    const before: SyncRecord = row.discourse ?? {}
    const change = typeof patch === 'function' ? patch(before) : patch
    if (!change) return before
    const written = await payload.db.updateOne({
      collection,
      where: typeof patch === 'function' ? unchangedSince(id, before) : { id: { equals: id } },
      data: { discourse: change },
      options: { atomic: true },
    })
    if (!written) continue // changed since the read (or deleted): read again
    const after: SyncRecord = (written as Partial<SyncedDoc>).discourse ?? { ...before, ...change }
    if (changesPublicView(before, after)) notifyContentChanged({ collection, id: String(id) })
    return after
  }
  throw new Error(
    `${collection} ${id}: the sync record changed under every one of ${MAX_TRIES} writes`,
  )
}
