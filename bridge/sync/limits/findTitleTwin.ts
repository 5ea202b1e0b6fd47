import type { PayloadRequest, Where } from 'payload'
import type { BridgeSettings } from '@/bridge/bridgeSettings'
import { statusLabel } from '@/events/statusLabel'
import { syncSubject, type SyncedCollection } from '../syncSubjects'
import { sameTopicTitle } from './topicLimitProblems'

export type TitleTwin = { collection: SyncedCollection; id: number | string; title: string }

// Discourse refuses a title another topic already has. The forum's topics are what the bridge
// sent: Space's published stories and events, and unpublished ones whose (unlisted) topic
// is still there. Asking Space, not the forum, keeps the save independent of the forum.
const onTheForum: Record<SyncedCollection, Where> = {
  stories: { or: [{ status: { equals: 'published' } }, { 'discourse.topicId': { exists: true } }] },
  events: {
    or: [{ publication: { equals: 'published' } }, { 'discourse.topicId': { exists: true } }],
  },
}

// An event's topic title may carry "Cancelled: " or "Postponed: "; search by the words after it.
const searchWords = (title: string) => {
  for (const label of [statusLabel('cancelled'), statusLabel('postponed')])
    if (title.toLowerCase().startsWith(`${label.toLowerCase()}: `))
      return title.slice(label.length + 2)
  return title
}

/** Another story or event whose forum topic has this title, or null. */
export const findTitleTwin = async (
  req: PayloadRequest,
  settings: BridgeSettings,
  topicTitle: string,
  self: { collection: SyncedCollection; id?: number | string },
): Promise<TitleTwin | null> => {
  for (const collection of ['stories', 'events'] as const) {
    const notSelf: Where[] =
      self.collection === collection && self.id !== undefined
        ? [{ id: { not_equals: self.id } }]
        : []
    const found = await req.payload.find({
      collection,
      where: {
        and: [{ title: { like: searchWords(topicTitle) } }, onTheForum[collection], ...notSelf],
      },
      limit: 25,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs) {
      if (doc.discourse?.syncState === 'topic_deleted') continue
      const title = syncSubject(collection).render(doc, settings).title
      if (sameTopicTitle(title, topicTitle)) return { collection, id: doc.id, title: doc.title }
    }
  }
  return null
}
