import type { Payload, Where } from 'payload'
import { SYNCED_COLLECTIONS, syncSubject, type SyncedCollection } from '../outbox/subjects'
import { docState } from './docState'
import type { ResolvedDoc } from './resolveStories'

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
      select: {
        title: true,
        slug: true,
        [syncSubject(collection).publishedField]: true,
        discourse: true,
      },
    })
    for (const row of result.docs) docs.push(docState(collection, row))
  }
  return limit ? docs.slice(0, limit) : docs
}
