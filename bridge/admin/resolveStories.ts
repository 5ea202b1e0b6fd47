import type { Payload } from 'payload'
import type { AdminItem, DocRef } from './AdminDeps'
import { docState, type DocState } from './docState'

export type ResolvedDoc = DocRef & { state: DocState; isPublic: boolean }

/**
 * Finds stories named on the command line by id or slug. Unknown ones come back as failed
 * items, so a typo is listed and the exit code says so, while the others still run.
 */
export const resolveStories = async (payload: Payload, refs: string[]) => {
  const found: ResolvedDoc[] = []
  const missing: AdminItem[] = []
  for (const ref of refs) {
    const byId = /^\d+$/.test(ref) ? [{ id: { equals: Number(ref) } }] : []
    const result = await payload.find({
      collection: 'stories',
      where: { or: [...byId, { slug: { equals: ref } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { title: true, slug: true, status: true, discourse: true },
    })
    const row = result.docs[0]
    if (row) found.push(docState('stories', row))
    else
      missing.push({
        collection: 'stories',
        id: ref,
        status: 'failed',
        action: 'not found',
        detail: `no story with id or slug "${ref}"`,
      })
  }
  return { found, missing }
}
