import type { Payload } from 'payload'
import type { Bridge } from '../createBridge'
import { linkedDocuments } from '../activity/linkedDocuments'
import type { TopicListItem } from '../discourse'
import { syncSubject } from '../sync/syncSubjects'
import { SYNCED_COLLECTIONS } from './listDocs'

export type OrphanTopic = { topicId: number; title: string; externalId: string; url: string }

/** Pages read per listing at most: 30 topics a page, so 3,000 topics a category. */
const MAX_PAGES = 100

const spacePrefixes = SYNCED_COLLECTIONS.map((c) => syncSubject(c).externalIdPrefix)

/**
 * Topics in Space's categories (or /latest when none is configured or mapped) whose
 * external_id says Space made them, but that no story or event holds: left behind by a
 * deleted row, a restored database, or another Space pointed at the same forum. A listing
 * that does not carry external_id costs one GET per topic Space does not link.
 */
export const findOrphanTopics = async (
  payload: Payload,
  { client, settings }: Bridge,
  signal?: AbortSignal,
): Promise<OrphanTopic[]> => {
  const linked = await linkedDocuments(payload, [
    settings.storyCategoryId,
    settings.eventsCategoryId,
  ])
  const sources = linked.categoryIds.length
    ? linked.categoryIds.map((id) => (page: number) => client.listCategoryTopics({ id }, page))
    : [(page: number) => client.listLatestTopics(page)]
  const orphans: OrphanTopic[] = []
  const seen = new Set<number>()
  for (const listPage of sources) {
    for (let page = 0; page < MAX_PAGES && !signal?.aborted; page++) {
      const listing = await listPage(page)
      for (const item of listing.topics as TopicListItem[]) {
        if (seen.has(item.id) || linked.byTopic.has(item.id)) continue
        seen.add(item.id)
        const externalId =
          item.external_id !== undefined
            ? item.external_id
            : (await client.getTopic(item.id)).external_id
        if (!externalId || !spacePrefixes.some((p) => externalId.startsWith(p))) continue
        if (await heldByDocument(payload, externalId)) continue
        orphans.push({
          topicId: item.id,
          title: item.title,
          externalId,
          url: client.topicUrl(item),
        })
      }
      if (!listing.moreTopicsUrl || listing.topics.length === 0) break
    }
  }
  return orphans
}

const heldByDocument = async (payload: Payload, externalId: string) => {
  for (const collection of SYNCED_COLLECTIONS) {
    const found = await payload.count({
      collection,
      where: { 'discourse.externalId': { equals: externalId } },
      overrideAccess: true,
    })
    if (found.totalDocs > 0) return true
  }
  return false
}
