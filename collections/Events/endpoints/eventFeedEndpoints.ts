import type { Endpoint } from 'payload'
import { eventIcsEndpoint } from './eventIcsEndpoint'
import { eventListingEndpoint } from './eventListingEndpoint'
import { eventsFeedIcsEndpoint } from './eventsFeedIcsEndpoint'
import { eventsMapEndpoint } from './eventsMapEndpoint'

/** The public feeds under /api/events/ (see docs/EVENTS.md). Custom endpoints match before Payload's own. */
export const eventFeedEndpoints: Endpoint[] = [
  eventsFeedIcsEndpoint,
  eventsMapEndpoint,
  eventListingEndpoint,
  eventIcsEndpoint,
]
