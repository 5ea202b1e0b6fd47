// The jobs moved to the outbox's one owner (bridge/outbox/jobs.ts); these names stay for the
// imports not yet switched.
export {
  SYNC_QUEUE,
  queueSync,
  queueTopicClose,
  type CloseJobInput,
  type SyncJobInput,
} from '../outbox/jobs'
