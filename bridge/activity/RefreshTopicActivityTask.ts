import type { TaskConfig } from 'payload'
import type { Bridge } from '../createBridge'
import type { SyncedCollection } from '../outbox/subjects'
import { refreshTopicActivity } from './refreshTopicActivity'
import { activityConcurrencyKey, REFRESH_TASK } from '../outbox/jobs'
import { newerRefreshWaits } from './pendingRefresh'

/**
 * Refreshes a topic's counts and latest replies after a webhook (queueActivityRefresh: at most
 * one running and one pending per topic, so a burst of deliveries costs two or three fetches).
 * No retries of its own: the client's short retries cover a blip inside the call, and a refresh
 * that still fails is healed by the next reconciliation pass, which reads every changed topic.
 */
export const createRefreshTopicActivityTask = (
  bridge: Bridge,
): TaskConfig<typeof REFRESH_TASK> => ({
  slug: REFRESH_TASK,
  retries: 0,
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
  handler: async ({ input, job, req }) => {
    // Two deliveries that raced past queueActivityRefresh's check each queued one; the newer
    // reads the forum later, so this one is spared.
    if (await newerRefreshWaits(req.payload, Number(input.topicId), job.createdAt))
      return { output: { outcome: 'superseded' } }
    const outcome = await refreshTopicActivity(
      { payload: req.payload, client: bridge.client, forumUrl: bridge.settings.discourseUrl },
      { collection: input.collection as SyncedCollection, id: String(input.id) },
      Number(input.topicId),
    )
    return { output: { outcome } }
  },
})
