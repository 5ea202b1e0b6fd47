import { JobCancelledError, type TaskConfig } from 'payload'
import { laterTryDelayMs } from '@/bridge/discourse/retry'
import type { Bridge } from '@/bridge/createBridge'
import { queueSync, SYNC_TASK, syncConcurrencyKey, type SyncJobInput } from '@/bridge/outbox/jobs'
import { writeSyncRecord } from '@/bridge/outbox/writeSyncRecord'
import { describeSyncError, isPermanentFailure } from '../describeSyncError'
import { syncTopic } from '../syncTopic'

/**
 * Syncs one story's or event's topic, with the bridge's one retry mechanism (Payload retries
 * nothing: `retries: 0`). A 429, 5xx or network error counts one more consecutive try in the
 * record (`discourse.tries`) and queues a delayed job (`nextAttemptAt`: Retry-After first, else
 * backoff with jitter from DISCOURSE_SYNC_RETRY_BASE_MS); a permanent failure (a 422, a rejected
 * key, not retryable, or DISCOURSE_SYNC_MAX_ATTEMPTS tries) marks the record failed with the
 * forum's message and cancels the job (JobCancelledError: Payload records it as failed and
 * never runs it again). A successful sync clears the retry state.
 */
export const createSyncDiscourseTopicTask = (bridge: Bridge): TaskConfig<typeof SYNC_TASK> => ({
  slug: SYNC_TASK,
  retries: 0,
  concurrency: {
    key: ({ input }) => syncConcurrencyKey(input.collection, input.id),
    exclusive: true,
    supersedes: true,
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const job = input as SyncJobInput
    try {
      const outcome = await syncTopic(
        { payload, client: bridge.client, settings: bridge.settings },
        job.collection,
        job.id,
      )
      return { output: { outcome } }
    } catch (err) {
      const message = describeSyncError(err)
      // Decided against the stored count, inside the record's one read-and-write.
      const decision: { tries: number; delayMs?: number } = { tries: 0 }
      const written = await writeSyncRecord(payload, job.collection, job.id, (cur) => {
        decision.tries = Number(cur.tries ?? 0) + 1
        if (isPermanentFailure(err) || decision.tries >= bridge.settings.maxAttempts)
          return {
            syncState: 'failed',
            lastError: message,
            tries: decision.tries,
            nextAttemptAt: null,
          }
        decision.delayMs = laterTryDelayMs(err, decision.tries, bridge.settings.retryBaseMs)
        return {
          lastError: message,
          tries: decision.tries,
          nextAttemptAt: new Date(Date.now() + decision.delayMs).toISOString(),
        }
      })
      if (!written) return { output: { outcome: 'gone' } }
      if (decision.delayMs === undefined) {
        payload.logger.warn(
          {
            area: 'bridge.sync',
            collection: job.collection,
            id: job.id,
            tries: decision.tries,
            err: message,
          },
          'sync failed',
        )
        throw new JobCancelledError(message)
      }
      await queueSync(payload, job, { delayMs: decision.delayMs })
      return { output: { outcome: 'retry_scheduled' } }
    }
  },
})
