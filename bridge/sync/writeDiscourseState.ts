import type { Payload } from 'payload'
import type { SyncedCollection } from './syncSubjects'
import { notifyContentChanged } from '@/shared/contentEvents'

export type DiscourseState = Record<string, unknown>

/**
 * Writes bridge bookkeeping and forum activity into a document's `discourse` group, merged
 * with the freshest stored values. It goes to the database adapter directly: these writes
 * are not editorial changes, so they must not add revisions, re-run the workflow or owe a
 * new sync. Page caches are told through contentEvents instead of collection hooks.
 */
export const writeDiscourseState = async (
  payload: Payload,
  collection: SyncedCollection,
  id: string | number,
  patch: DiscourseState | ((current: DiscourseState) => DiscourseState | null),
): Promise<DiscourseState | null> => {
  const current = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as {
    discourse?: DiscourseState
  } | null
  if (!current) return null
  const before = current.discourse ?? {}
  const change = typeof patch === 'function' ? patch(before) : patch
  if (!change) return before
  const discourse = { ...before, ...change }
  await payload.db.updateOne({ collection, id, data: { discourse } })
  notifyContentChanged({ collection, id: String(id) })
  return discourse
}
