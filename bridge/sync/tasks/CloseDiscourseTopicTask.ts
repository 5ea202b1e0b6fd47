import { JobCancelledError, type Payload, type TaskConfig } from 'payload'
import { DiscourseNotFoundError } from '@/bridge/discourse'
import { backoffDelayMs, laterTryDelayMs } from '@/bridge/discourse/retry'
import type { Bridge } from '@/bridge/createBridge'
import {
  CLOSE_TASK,
  JOBS_COLLECTION,
  liveSyncJobWhere,
  queueTopicClose,
  type CloseJobInput,
} from '@/bridge/outbox/jobs'
import { describeSyncError, isPermanentFailure } from '../describeSyncError'
import { liveOrNull } from '../findOrCreateTopic'

/**
 * How long a close without a topic id keeps looking the topic up by its external_id after the
 * document's last sync stopped running: a create sent lands within the client's timeout (its
 * answer may be lost, but the topic is there), so twice that covers it. While a sync of the
 * document is still running (its create may wait its turn in the shared request budget for
 * longer than any timeout, or its worker may have died holding it until the lease ends), the
 * window has not started yet.
 */
const lookupWindowMs = (bridge: Bridge) => 2 * bridge.settings.timeoutMs

const syncStillRunning = async (payload: Payload, job: CloseJobInput) =>
  (
    await payload.count({
      collection: JOBS_COLLECTION,
      where: {
        and: [liveSyncJobWhere(job.collection, job.id), { processing: { equals: true } }],
      },
      overrideAccess: true,
    })
  ).totalDocs > 0

/**
 * A deleted story's or event's topic is closed and unlisted (DISCOURSE_ON_STORY_DELETE=close,
 * the default: the conversation stays readable by link) or deleted (=delete). A document
 * deleted while its topic's create was unresolved (in flight, its answer lost, or waiting for
 * a retry) has no topic id: the topic is found by external_id, looked up again for a while in
 * case the create is still to land. Failures re-queue the job as the sync does (one retry
 * mechanism, Payload's `retries: 0`); permanent ones cancel it.
 */
export const createCloseDiscourseTopicTask = (bridge: Bridge): TaskConfig<typeof CLOSE_TASK> => ({
  slug: CLOSE_TASK,
  retries: 0,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'topicId', type: 'number' },
    { name: 'externalId', type: 'text' },
    { name: 'deletedAt', type: 'text' },
    { name: 'tries', type: 'number' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const job = input as CloseJobInput
    // Queued just before the delete: if the document is still here, the delete did not happen.
    const still = await payload.findByID({
      collection: job.collection,
      id: job.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (still) return { output: { outcome: 'kept' } }
    const tries = Number(job.tries ?? 0) + 1
    const again = async (delayMs: number, outcome: string, restart?: CloseJobInput) => {
      await queueTopicClose(payload, { ...job, ...restart, tries }, { delayMs })
      return { output: { outcome } }
    }
    try {
      let topicId = job.topicId
      if (!topicId) {
        const topic = job.externalId
          ? liveOrNull(await bridge.client.getTopicByExternalId(job.externalId))
          : null
        if (!topic) {
          const window = lookupWindowMs(bridge)
          if (await syncStillRunning(payload, job)) {
            // The window starts again from now; looking again once a window has passed.
            const restart = { ...job, deletedAt: new Date().toISOString() }
            return again(window, 'waiting_for_sync', restart)
          }
          const since = Date.parse(job.deletedAt ?? '') || Date.now()
          const left = since + window - Date.now()
          if (left <= 0) return { output: { outcome: 'no_topic' } }
          const wait = backoffDelayMs(tries, {
            baseDelayMs: bridge.settings.retryBaseMs,
            maxDelayMs: left,
            jitter: 'none',
          })
          return again(Math.min(wait, left), 'looking_again')
        }
        topicId = topic.id
      }
      if (bridge.settings.onDelete === 'delete') {
        await bridge.client.deleteTopic(topicId)
        return { output: { outcome: 'deleted' } }
      }
      await bridge.client.setTopicStatus(topicId, 'closed', true)
      await bridge.client.setTopicStatus(topicId, 'visible', false)
      return { output: { outcome: 'closed' } }
    } catch (err) {
      if (err instanceof DiscourseNotFoundError) return { output: { outcome: 'already_gone' } }
      if (isPermanentFailure(err) || tries >= bridge.settings.maxAttempts)
        throw new JobCancelledError(describeSyncError(err))
      return again(laterTryDelayMs(err, tries, bridge.settings.retryBaseMs), 'retry_scheduled')
    }
  },
})
