import type { Payload, PayloadRequest } from 'payload'
import type { SyncedCollection } from './syncSubjects'

export const SYNC_QUEUE = 'discourse'

export type SyncJobInput = { collection: SyncedCollection; id: string; tries?: number }

/** Queues the sync of one document; a newer pending job for the same document replaces older ones. */
export const queueSync = async (
  payload: Payload,
  input: SyncJobInput,
  { delayMs, req }: { delayMs?: number; req?: PayloadRequest } = {},
) => {
  // Rapid edits within the coalescing window become one request: a newer pending job
  // supersedes older ones (DISCOURSE_SYNC_COALESCE_MS).
  delayMs ??= Number(payload.config.custom?.syncCoalesceMs ?? 1500)
  await payload.jobs.queue({
    task: 'syncDiscourseTopic',
    queue: SYNC_QUEUE,
    input: { ...input, id: String(input.id), tries: input.tries ?? 0 },
    waitUntil: new Date(Date.now() + delayMs),
    req,
  })
}

export type CloseJobInput = {
  collection: SyncedCollection
  topicId: number
  externalId?: string
  id: string
}

/** Queues closing (or deleting) the topic of a document that is being deleted. */
export const queueTopicClose = async (
  payload: Payload,
  input: CloseJobInput,
  req?: PayloadRequest,
) => {
  await payload.jobs.queue({ task: 'closeDiscourseTopic', queue: SYNC_QUEUE, input, req })
}
