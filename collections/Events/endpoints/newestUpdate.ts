import type { FeedEvent } from '@/events/FeedEvent'

/** The latest `updatedAt` among the events, for Last-Modified. */
export const newestUpdate = (events: FeedEvent[]): Date | undefined =>
  events.length
    ? new Date(Math.max(...events.map((e) => new Date(e.updatedAt).getTime())))
    : undefined
