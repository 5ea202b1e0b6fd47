// The sync record's one writer is bridge/outbox/writeSyncRecord.ts; this name stays for the
// imports not yet switched.
export { writeSyncRecord as writeDiscourseState } from '../outbox/writeSyncRecord'
