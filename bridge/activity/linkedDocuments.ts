import type { Payload } from 'payload'
import { timeSlice } from '@/shared/timeSlice'
import { LatestRepliesSchema, type LatestReply } from '@/shared/latestReplies'
import { SYNCED_COLLECTIONS, type SyncedCollection } from '../outbox/subjects'
import type { SyncRecord } from '../outbox/SyncRecord'

const PAGE = 250

export type LinkedState = {
  collection: SyncedCollection
  id: string
  replyCount: number
  likeCount: number
  views: number
  participants: number
  latestReplies: LatestReply[]
}

/**
 * Every story and event with a live forum topic, keyed by topic id, and the forum categories
 * their topics sit in (from the categories' mapping and the configured defaults).
 */
export const linkedDocuments = async (
  payload: Payload,
  configuredCategoryIds: Array<number | undefined> = [],
) => {
  const byTopic = new Map<number, LinkedState>()
  const letOthersRun = timeSlice()
  for (const collection of SYNCED_COLLECTIONS)
    for (let after = 0; ;) {
      // A page at a time, by id: one read of every linked document held the event loop.
      const { docs } = await payload.find({
        collection,
        where: {
          and: [
            { id: { greater_than: after } },
            { 'discourse.topicId': { exists: true } },
            { 'discourse.syncState': { not_equals: 'topic_deleted' } },
          ],
        },
        select: { discourse: true },
        sort: 'id',
        depth: 0,
        limit: PAGE,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs) {
        const d: SyncRecord = doc.discourse ?? {}
        if (!d.topicId) continue
        // A snapshot that does not parse is no snapshot: the pass then fetches the topic.
        const replies = LatestRepliesSchema.safeParse(d.latestReplies ?? [])
        byTopic.set(Number(d.topicId), {
          collection,
          id: String(doc.id),
          replyCount: Number(d.replyCount ?? 0),
          likeCount: Number(d.likeCount ?? 0),
          views: Number(d.views ?? 0),
          participants: Number(d.participants ?? 0),
          latestReplies: replies.success ? replies.data : [],
        })
      }
      if (docs.length < PAGE) break
      after = Number(docs[docs.length - 1]!.id)
      await letOthersRun()
    }
  return { byTopic, categoryIds: await topicCategoryIds(payload, configuredCategoryIds) }
}

const topicCategoryIds = async (
  payload: Payload,
  configured: Array<number | undefined>,
): Promise<number[]> => {
  const ids = new Set<number>(configured.filter((id): id is number => Boolean(id)))
  const categories = await payload.find({
    collection: 'categories',
    select: { discourseCategoryId: true },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  for (const c of categories.docs) if (c.discourseCategoryId) ids.add(c.discourseCategoryId)
  return [...ids]
}
