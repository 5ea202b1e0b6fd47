import type { TaskConfig } from 'payload'
import { DiscourseNotFoundError } from '@/bridge/discourse'
import type { Bridge } from '@/bridge/createBridge'
import type { CloseJobInput } from '../queueSync'

/**
 * A deleted story's or event's topic is closed and unlisted (DISCOURSE_ON_STORY_DELETE=close,
 * the default: the conversation stays readable by link) or deleted (=delete).
 */
export const createCloseDiscourseTopicTask = (
  bridge: Bridge,
): TaskConfig<'closeDiscourseTopic'> => ({
  slug: 'closeDiscourseTopic',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'topicId', type: 'number', required: true },
    { name: 'externalId', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const job = input as CloseJobInput
    // Queued just before the delete: if the document is still here, the delete did not happen.
    const still = await req.payload.findByID({
      collection: job.collection,
      id: job.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (still) return { output: { outcome: 'kept' } }
    try {
      if (bridge.settings.onDelete === 'delete') {
        await bridge.client.deleteTopic(job.topicId)
        return { output: { outcome: 'deleted' } }
      }
      await bridge.client.setTopicStatus(job.topicId, 'closed', true)
      await bridge.client.setTopicStatus(job.topicId, 'visible', false)
      return { output: { outcome: 'closed' } }
    } catch (err) {
      if (err instanceof DiscourseNotFoundError) return { output: { outcome: 'already_gone' } }
      throw err
    }
  },
})
