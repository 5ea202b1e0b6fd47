import type { FeedEvent } from './FeedEvent'
import { statusLabel } from './statusLabel'

/**
 * An event's title as every list shows it: "Cancelled: Picnic", "Postponed: Picnic", or the
 * plain title when it is on. The same words as the iCalendar feed and the forum topic.
 */
export const titleWithStatus = (title: string, status: string): string => {
  const label = statusLabel(status as FeedEvent['status'])
  return label ? `${label}: ${title}` : title
}
