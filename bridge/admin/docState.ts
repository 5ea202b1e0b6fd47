import type { DocRef } from './AdminDeps'
import { syncSubject, type SyncedDoc } from '../outbox/subjects'
import type { SyncRecord } from '../outbox/SyncRecord'

/** The `discourse` group as the admin commands read it (every field may be missing on old rows). */
export type DocState = SyncRecord

/** A row of stories or events as a DocRef plus its bridge state and whether it is public. */
export const docState = (
  collection: DocRef['collection'],
  row: Partial<SyncedDoc>,
): DocRef & { state: DocState; isPublic: boolean } => {
  return {
    collection,
    id: String(row.id),
    title: typeof row.title === 'string' ? row.title : undefined,
    slug: typeof row.slug === 'string' ? row.slug : undefined,
    state: row.discourse ?? {},
    isPublic: syncSubject(collection).isPublic(row),
  }
}
