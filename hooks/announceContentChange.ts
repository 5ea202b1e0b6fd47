import { notifyContentChanged } from '@/shared/contentEvents'

/**
 * afterChange / afterDelete on Stories and Events: says in-process that a story's or event's
 * public content changed (content, status, or counts written through the Local API). The
 * collections do not know who listens; the public site's cache does (src/site/siteCache.ts).
 */
export const announceContentChange = <T extends { id: number | string }>({
  doc,
  collection,
}: {
  doc: T
  collection: { slug: string }
}): T => {
  notifyContentChanged({ collection: collection.slug, id: String(doc.id) })
  return doc
}
