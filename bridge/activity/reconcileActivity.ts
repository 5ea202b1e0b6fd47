import type { Payload } from 'payload'
import type { DiscourseClient } from '../discourse'
import type { BridgeSettings } from '../bridgeSettings'
import type { TopicListItem } from '../discourse'
import { timeSlice } from '@/shared/timeSlice'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import { LATEST_REPLIES } from './activityFromTopic'
import { refreshTopicActivity } from './refreshTopicActivity'
import { linkedDocuments, type LinkedState } from './linkedDocuments'
import { readLatestPosts } from './readLatestPosts'
import { repliesFromListing } from './repliesFromListing'

export type ReconcileMode = 'incremental' | 'full'
export type ReconcileReport = {
  mode: ReconcileMode
  startedAt: string
  linked: number
  pagesRead: number
  /** Pages of the forum's latest posts read for the latest replies (MAX_POST_PAGES at most). */
  postPagesRead: number
  topicsFetched: number
  updated: number
  /** Topics whose latest replies and participants came from the latest-posts listing. */
  repliesFromListing: number
  topicsDeleted: number
  /** Topics whose latest replies are still owed (over MAX_REPLY_FETCHES): the next pass's first. */
  repliesOwed: number[]
  requests: number
}

/**
 * Topics one pass may fetch for latest replies the listing could not give (each one request,
 * two for a topic of more than 20 posts); the rest are owed to the next pass.
 */
export const MAX_REPLY_FETCHES = 10

const countsOf = (t: {
  posts_count: number
  like_count?: number
  views?: number
  bumped_at?: string | null
  last_posted_at?: string | null
}) => ({
  replyCount: Math.max(0, t.posts_count - 1),
  likeCount: t.like_count ?? 0,
  views: t.views ?? 0,
  lastActivityAt: t.last_posted_at ?? t.bumped_at ?? null,
})

const changed = (stored: LinkedState, next: ReturnType<typeof countsOf>) =>
  stored.replyCount !== next.replyCount ||
  stored.likeCount !== next.likeCount ||
  stored.views !== next.views

/** The stored latest replies no longer match the topic: replies came or went, or they never matched. */
const repliesStale = (stored: LinkedState, replyCount: number) =>
  stored.replyCount !== replyCount ||
  stored.latestReplies.length !== Math.min(LATEST_REPLIES, replyCount)

/**
 * Refreshes counts, latest replies and participants of linked stories and events with few
 * requests. Category listings (30 topics a page, most recently active first) give the counts of
 * many topics per request: the incremental pass stops a category at the first topic not active
 * since `since`; the full pass reads every page (views and likes do not bump a topic). For the
 * topics whose replies changed, the forum's latest posts (`GET /posts.json`, up to MAX_POST_PAGES
 * pages, back to `since`) give the new replies of many topics at once; a topic they cannot settle
 * exactly is fetched, up to MAX_REPLY_FETCHES a pass (the topics `owed` from the previous pass
 * first), and the rest are owed to the next pass. The full pass then fetches the linked topics the
 * listings did not cover — which is also how a topic deleted on the forum is found.
 */
export const reconcileActivity = async (
  deps: { payload: Payload; client: DiscourseClient; settings: BridgeSettings },
  mode: ReconcileMode,
  since: Date | null,
  owed: number[] = [],
): Promise<ReconcileReport> => {
  const { payload, client, settings } = deps
  const refreshDeps = { payload, client, forumUrl: settings.discourseUrl }
  const before = client.requestCount?.() ?? 0
  const report: ReconcileReport = {
    mode,
    startedAt: new Date().toISOString(),
    linked: 0,
    pagesRead: 0,
    postPagesRead: 0,
    topicsFetched: 0,
    updated: 0,
    repliesFromListing: 0,
    topicsDeleted: 0,
    repliesOwed: [],
    requests: 0,
  }
  // Requests in the same process get their turn between writes (shared/timeSlice.ts).
  const letOthersRun = timeSlice()
  const linked = await linkedDocuments(payload, [
    settings.storyCategoryId,
    settings.eventsCategoryId,
  ])
  report.linked = linked.byTopic.size
  const seen = new Set<number>()
  // Topics whose replies changed: their latest replies and participants are settled below.
  const repliesChanged = new Map<number, TopicListItem>()
  // With no category configured or mapped, topics sit wherever the forum put them: walk /latest.
  const sources = linked.categoryIds.length
    ? linked.categoryIds.map((id) => (page: number) => client.listCategoryTopics({ id }, page))
    : [(page: number) => client.listLatestTopics(page)]
  for (const listPage of sources) {
    for (let page = 0; ; page++) {
      const listing = await listPage(page)
      report.pagesRead++
      let reachedOld = false
      for (const topic of listing.topics) {
        const activeAt = new Date(topic.bumped_at ?? topic.last_posted_at ?? 0)
        if (mode === 'incremental' && since && activeAt < since) {
          reachedOld = true
          break
        }
        const doc = linked.byTopic.get(topic.id)
        if (!doc) continue
        seen.add(topic.id)
        const next = countsOf(topic)
        if (repliesStale(doc, next.replyCount)) repliesChanged.set(topic.id, topic)
        if (!changed(doc, next)) continue
        await writeSyncRecord(payload, doc.collection, doc.id, next)
        report.updated++
        await letOthersRun()
      }
      if (reachedOld || !listing.moreTopicsUrl || listing.topics.length === 0) break
    }
  }

  const toFetch = owed.filter((id) => linked.byTopic.has(id) && !repliesChanged.has(id))
  if (repliesChanged.size) {
    const read = await readLatestPosts(client, { wanted: new Set(repliesChanged.keys()), since })
    report.postPagesRead = read.pagesRead
    for (const [topicId, topic] of repliesChanged) {
      const doc = linked.byTopic.get(topicId)!
      const settled = repliesFromListing(
        doc,
        {
          topic: { id: topic.id, slug: topic.slug, replyCount: countsOf(topic).replyCount },
          posts: read.byTopic.get(topicId) ?? [],
          complete: read.reachedSince,
        },
        { forumUrl: settings.discourseUrl, opUsername: settings.apiUsername },
      )
      if (!settled) {
        toFetch.push(topicId)
        continue
      }
      await writeSyncRecord(payload, doc.collection, doc.id, settled)
      report.repliesFromListing++
      await letOthersRun()
    }
  }
  for (const [i, topicId] of toFetch.entries()) {
    if (i >= MAX_REPLY_FETCHES) {
      report.repliesOwed.push(topicId)
      continue
    }
    seen.add(topicId)
    await fetchTopic(topicId)
  }

  if (mode === 'full')
    for (const topicId of linked.byTopic.keys()) if (!seen.has(topicId)) await fetchTopic(topicId)
  report.requests = (client.requestCount?.() ?? 0) - before
  return report

  async function fetchTopic(topicId: number) {
    report.topicsFetched++
    await letOthersRun()
    const outcome = await refreshTopicActivity(refreshDeps, linked.byTopic.get(topicId)!, topicId)
    if (outcome === 'topic_deleted') report.topicsDeleted++
    else report.updated++
  }
}
