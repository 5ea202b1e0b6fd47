import type { TaskConfig } from 'payload'
import type { Bridge } from '../createBridge'
import type { SyncedCollection } from '../sync/syncSubjects'
import { refreshTopicActivity } from './refreshTopicActivity'

export const ACTIVITY_QUEUE = 'discourse-activity'

/** One refresh of a topic at a time (exclusive); a newer pending one replaces an older one. */
export const activityConcurrencyKey = (topicId: number) => `activity:${topicId}`

/**
 * Refreshes a topic's counts and latest replies after a webhook (queueActivityRefresh: at most
 * one running and one pending per topic, so a burst of deliveries costs two or three fetches).
 */
export const createRefreshTopicActivityTask = (
  bridge: Bridge,
): TaskConfig<'refreshTopicActivity'> => ({
  slug: 'refreshTopicActivity',
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 3_000 } },
  concurrency: {
    key: ({ input }) => activityConcurrencyKey(Number(input.topicId)),
    exclusive: true,
    supersedes: true,
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'topicId', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const outcome = await refreshTopicActivity(
      { payload: req.payload, client: bridge.client, forumUrl: bridge.settings.discourseUrl },
      { collection: input.collection as SyncedCollection, id: String(input.id) },
      Number(input.topicId),
    )
    return { output: { outcome } }
  },
})
