import type { Payload, Where } from 'payload'
import type { SyncedCollection } from '../sync/syncSubjects'
import { docState } from './docState'
import type { ResolvedDoc } from './resolveStories'

export const SYNCED_COLLECTIONS: SyncedCollection[] = ['stories', 'events']

/** The `where` that selects published documents of a collection. */
export const publishedWhere = (collection: SyncedCollection): Where =>
  collection === 'stories'
    ? { status: { equals: 'published' } }
    : { publication: { equals: 'published' } }

/** Stories and events matching `where` (ids ascending), with their bridge state. */
export const listDocs = async (
  payload: Payload,
  where: Where | ((collection: SyncedCollection) => Where),
  limit = 0,
): Promise<ResolvedDoc[]> => {
  const docs: ResolvedDoc[] = []
  for (const collection of SYNCED_COLLECTIONS) {
    const result = await payload.find({
      collection,
      where: typeof where === 'function' ? where(collection) : where,
      sort: 'id',
      depth: 0,
      limit,
      pagination: limit > 0,
      overrideAccess: true,
      select:
        collection === 'stories'
          ? { title: true, slug: true, status: true, discourse: true }
          : { title: true, slug: true, publication: true, discourse: true },
    })
    for (const row of result.docs) docs.push(docState(collection, row))
  }
  return limit ? docs.slice(0, limit) : docs
}
