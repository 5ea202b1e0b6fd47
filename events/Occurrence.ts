import type { FeedEvent } from './FeedEvent'

/** One sitting of an event: the event itself, or one date of a recurring event. */
export type Occurrence = { event: FeedEvent; start: Date; end: Date; recurring: boolean }
