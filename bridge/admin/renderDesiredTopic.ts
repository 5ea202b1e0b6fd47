// The desired topic is the outbox's (bridge/outbox/subjects.ts); this name stays for the
// imports not yet switched.
export { readDesiredTopic as renderDesiredTopic } from '../outbox/subjects'
