import type { FeedEvent } from './FeedEvent'

/** "Venue, City, Country" from whatever parts the event has; "Online" for online-only events. */
export const eventLocationText = (
  event: Pick<FeedEvent, 'venue' | 'city' | 'country' | 'format'>,
): string => {
  const parts = [event.venue, event.city, event.country].map((p) => p?.trim()).filter(Boolean)
  if (event.format === 'online') return 'Online'
  const place = parts.join(', ')
  return event.format === 'hybrid' ? (place ? `${place} (and online)` : 'Online') : place
}
