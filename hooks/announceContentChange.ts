import type { SanitizedCollectionConfig } from 'payload'
import { notifyContentChanged } from '@/shared/contentEvents'
import type { Event, Story } from '@/types/payload-types'

/**
 * afterChange / afterDelete on the collections the public site shows (stories, events, and
 * the categories, images and users' names they show): says in-process that public content
 * changed (content, status, or counts written through the Local API). The
 * collections do not know who listens; the public site's cache does (src/site/siteCache.ts).
 * It reads only what both hooks' arguments have: the document and the collection's slug.
 */
export const announceContentChange = <T extends Pick<Story | Event, 'id'>>({
  doc,
  collection,
}: {
  doc: T
  collection: Pick<SanitizedCollectionConfig, 'slug'>
}): T => {
  notifyContentChanged({ collection: collection.slug, id: String(doc.id) })
  return doc
}
