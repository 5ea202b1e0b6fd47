import type { Endpoint } from 'payload'
import { buildEventsGeoJson } from '@/events/buildEventsGeoJson'
import { feedBaseUrl } from './feedBaseUrl'
import { feedResponse } from './feedResponse'
import { loadFeed } from './loadFeed'
import { newestUpdate } from './newestUpdate'

/** GET /api/events/map.geojson: in-person and hybrid events as points; upcoming unless told. */
export const eventsMapEndpoint: Endpoint = {
  path: '/map.geojson',
  method: 'get',
  handler: async (req) => {
    const feed = await loadFeed(req, 'upcoming')
    if (feed instanceof Response) return feed
    const body = JSON.stringify(buildEventsGeoJson(feed.occurrences, feedBaseUrl(req)))
    return feedResponse(
      req,
      body,
      'application/geo+json',
      newestUpdate(feed.occurrences.map((o) => o.event)),
      feed.validUntil,
    )
  },
}
