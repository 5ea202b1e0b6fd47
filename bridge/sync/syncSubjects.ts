// The synced subjects moved to the outbox's one owner (bridge/outbox/subjects.ts); these names
// stay for the imports not yet switched.
export {
  isSyncedCollection,
  syncSubject,
  type SyncSubject,
  type SyncedCollection,
  type SyncedDoc,
} from '../outbox/subjects'
