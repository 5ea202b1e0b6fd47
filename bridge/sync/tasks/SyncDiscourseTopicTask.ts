import type { TaskConfig } from 'payload'
import { DiscourseAuthError, DiscourseValidationError, isRetryable } from '@/bridge/discourse'
import type { Bridge } from '@/bridge/createBridge'
import { describeSyncError } from '../describeSyncError'
import { queueSync, type SyncJobInput } from '../queueSync'
import { syncBackoff } from '../syncBackoff'
import { syncTopic } from '../syncTopic'
import { writeDiscourseState } from '../writeDiscourseState'

/**
 * Syncs one story's or event's topic. Forum failures are decided here: a 422 or a rejected
 * key fails at once (the editor sees Discourse's message); 429, 5xx and network errors are
 * retried by queueing a delayed job (Retry-After first, else backoff with jitter) up to
 * DISCOURSE_SYNC_MAX_ATTEMPTS, then fail. Payload's own retries cover anything else.
 */
export const createSyncDiscourseTopicTask = (bridge: Bridge): TaskConfig<'syncDiscourseTopic'> => ({
  slug: 'syncDiscourseTopic',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  concurrency: {
    key: ({ input }) => `sync:${input.collection}:${input.id}`,
    exclusive: true,
    supersedes: true,
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'tries', type: 'number' },
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
      const tries = (job.tries ?? 0) + 1
      const message = describeSyncError(err)
      const permanent =
        err instanceof DiscourseValidationError ||
        err instanceof DiscourseAuthError ||
        !isRetryable(err)
      if (permanent || tries >= bridge.settings.maxAttempts) {
        await writeDiscourseState(payload, job.collection, job.id, {
          syncState: 'failed',
          lastError: message,
        })
        payload.logger.warn(
          { area: 'bridge.sync', collection: job.collection, id: job.id, tries, err: message },
          'sync failed',
        )
        return { output: { outcome: 'failed' } }
      }
      await writeDiscourseState(payload, job.collection, job.id, {
        lastError: `${message} (try ${tries}, retrying)`,
      })
      const delayMs = syncBackoff(
        tries,
        (err as { retryAfterMs?: number }).retryAfterMs,
        Math.random,
        bridge.settings.retryBaseMs,
      )
      await queueSync(payload, { ...job, tries }, { delayMs })
      return { output: { outcome: 'retry_scheduled' } }
    }
  },
})
