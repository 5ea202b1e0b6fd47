import type { Payload } from 'payload'
import type { Bridge } from '../createBridge'
import { linkedDocuments } from '../activity/linkedDocuments'
import type { TopicListItem, TopicPage } from '../discourse'
import { SYNCED_COLLECTIONS, syncSubject } from '../outbox/subjects'

export type OrphanTopic = { topicId: number; title: string; externalId: string; url: string }

/**
 * What one scan may ask of the forum: listing pages (30 topics each) across all listings, and
 * topic views for topics whose listing entry carries no external_id. At most 150 requests, about
 * two and a half minutes at the forum's default 60 a minute.
 */
export const ORPHAN_SCAN_BUDGET = { listingPages: 100, topicLookups: 50 }

export type OrphanScan = {
  orphans: OrphanTopic[]
  listingPages: number
  topicLookups: number
  /** False when some listing came without external_id (the topics were looked up one by one). */
  listingsCarryExternalId: boolean
  /** Why the scan may have missed orphans, one sentence each; empty when it saw every topic. */
  notes: string[]
}

const spacePrefixes = SYNCED_COLLECTIONS.map((c) => syncSubject(c).externalIdPrefix)
const madeBySpace = (externalId: string | null | undefined): externalId is string =>
  Boolean(externalId && spacePrefixes.some((p) => externalId.startsWith(p)))

/**
 * Topics whose external_id says Space made them, but that no story or event holds: left behind
 * by a deleted row, a restored database, or another Space pointed at the same forum. Read from
 * the forum's listings: Space's categories (configured and mapped) first, then /latest, which
 * also shows the topics moved to other categories; paginated, within ORPHAN_SCAN_BUDGET. A
 * listing entry without external_id (Discourse's topic lists do not send it to every key or in
 * every version) costs a topic view, which carries it; the scan says so in its notes, and says
 * which topics it could not classify, rather than report "no orphans" it did not see.
 */
export const findOrphanTopics = async (
  payload: Payload,
  { client, settings }: Bridge,
  signal?: AbortSignal,
): Promise<OrphanScan> => {
  const linked = await linkedDocuments(payload, [
    settings.storyCategoryId,
    settings.eventsCategoryId,
  ])
  const sources: Array<(page: number) => Promise<TopicPage>> = [
    ...linked.categoryIds.map((id) => (page: number) => client.listCategoryTopics({ id }, page)),
    (page: number) => client.listLatestTopics(page),
  ]
  const scan: OrphanScan = {
    orphans: [],
    listingPages: 0,
    topicLookups: 0,
    listingsCarryExternalId: true,
    notes: [],
  }
  let unlabelled = 0
  let unclassified = 0
  let viewsWithout = 0
  let pagesLeftUnread = false
  const seen = new Set<number>()
  const externalIdOf = async (item: TopicListItem): Promise<string | null | undefined> => {
    if (item.external_id !== undefined) return item.external_id
    unlabelled++
    if (scan.topicLookups >= ORPHAN_SCAN_BUDGET.topicLookups) {
      unclassified++
      return undefined
    }
    scan.topicLookups++
    const { external_id } = await client.getTopic(item.id)
    if (external_id === undefined) viewsWithout++
    return external_id
  }
  for (const listPage of sources) {
    for (let page = 0; !signal?.aborted; page++) {
      if (scan.listingPages >= ORPHAN_SCAN_BUDGET.listingPages) {
        pagesLeftUnread = true
        break
      }
      scan.listingPages++
      const listing = await listPage(page)
      for (const item of listing.topics) {
        if (seen.has(item.id) || linked.byTopic.has(item.id)) continue
        seen.add(item.id)
        const externalId = await externalIdOf(item)
        if (!madeBySpace(externalId) || (await heldByDocument(payload, externalId))) continue
        scan.orphans.push({
          topicId: item.id,
          title: item.title,
          externalId,
          url: client.topicUrl(item),
        })
      }
      if (!listing.moreTopicsUrl || listing.topics.length === 0) break
    }
  }
  scan.listingsCarryExternalId = unlabelled === 0
  if (unlabelled)
    scan.notes.push(
      `the forum's listings carry no external_id: orphans cannot be detected from listings; ` +
        `${scan.topicLookups} of ${unlabelled} unlinked topic(s) were looked up one by one` +
        (unclassified
          ? ` (the budget of ${ORPHAN_SCAN_BUDGET.topicLookups} lookups was spent: ${unclassified} not checked)`
          : ''),
    )
  if (viewsWithout)
    scan.notes.push(
      `${viewsWithout} topic view(s) carried no external_id either: orphans among them cannot be detected with this key`,
    )
  if (pagesLeftUnread)
    scan.notes.push(
      `stopped after ${ORPHAN_SCAN_BUDGET.listingPages} listing pages: older topics were not checked`,
    )
  return scan
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
