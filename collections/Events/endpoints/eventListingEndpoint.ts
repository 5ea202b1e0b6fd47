import type { Endpoint } from 'payload'
import { buildEventListing } from '@/events/buildEventListing'
import { feedBaseUrl } from './feedBaseUrl'
import { feedResponse } from './feedResponse'
import { loadFeed } from './loadFeed'
import { newestUpdate } from './newestUpdate'

/** GET /api/events/listing: sittings as JSON for front ends (recurring events expanded); upcoming unless told. */
export const eventListingEndpoint: Endpoint = {
  path: '/listing',
  method: 'get',
  handler: async (req) => {
    const feed = await loadFeed(req, 'upcoming')
    if (feed instanceof Response) return feed
    const body = JSON.stringify(buildEventListing(feed.occurrences, feed.filters, feedBaseUrl(req)))
    return feedResponse(
      req,
      body,
      'application/json; charset=utf-8',
      newestUpdate(feed.occurrences.map((o) => o.event)),
      feed.validUntil,
    )
  },
}
