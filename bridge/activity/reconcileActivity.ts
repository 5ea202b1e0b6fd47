import type { Payload } from 'payload'
import type { DiscourseClient } from '../discourse'
import type { BridgeSettings } from '../bridgeSettings'
import { writeDiscourseState } from '../sync/writeDiscourseState'
import { refreshTopicActivity } from './refreshTopicActivity'
import { linkedDocuments, type LinkedState } from './linkedDocuments'

export type ReconcileMode = 'incremental' | 'full'
export type ReconcileReport = {
  mode: ReconcileMode
  startedAt: string
  linked: number
  pagesRead: number
  topicsFetched: number
  updated: number
  topicsDeleted: number
  requests: number
}

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

/**
 * Refreshes counts for linked stories and events with few requests: category listings (30
 * topics a page, most recently active first) cover many topics per request. The incremental
 * pass stops a category at the first topic not active since `since`; the full pass reads
 * every page (views and likes do not bump a topic) and then fetches only the topics the
 * listings did not cover — which is also how a topic deleted on the forum is found.
 */
export const reconcileActivity = async (
  deps: { payload: Payload; client: DiscourseClient; settings: BridgeSettings },
  mode: ReconcileMode,
  since: Date | null,
): Promise<ReconcileReport> => {
  const { payload, client, settings } = deps
  const before = client.requestCount?.() ?? 0
  const report: ReconcileReport = {
    mode,
    startedAt: new Date().toISOString(),
    linked: 0,
    pagesRead: 0,
    topicsFetched: 0,
    updated: 0,
    topicsDeleted: 0,
    requests: 0,
  }
  const linked = await linkedDocuments(payload, [
    settings.storyCategoryId,
    settings.eventsCategoryId,
  ])
  report.linked = linked.byTopic.size
  const seen = new Set<number>()
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
        if (!changed(doc, next)) continue
        await writeDiscourseState(payload, doc.collection, doc.id, next)
        report.updated++
      }
      if (reachedOld || !listing.moreTopicsUrl || listing.topics.length === 0) break
    }
  }
  if (mode === 'full') {
    for (const [topicId, doc] of linked.byTopic) {
      if (seen.has(topicId)) continue
      report.topicsFetched++
      const outcome = await refreshTopicActivity(
        { payload, client, forumUrl: settings.discourseUrl },
        doc,
        topicId,
      )
      if (outcome === 'topic_deleted') report.topicsDeleted++
      else report.updated++
    }
  }
  report.requests = (client.requestCount?.() ?? 0) - before
  return report
}
