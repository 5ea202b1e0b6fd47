import type { Endpoint } from 'payload'
import { buildIcsCalendar } from '@/events/buildIcsCalendar'
import type { FeedEvent } from '@/events/FeedEvent'
import { feedBaseUrl } from './feedBaseUrl'
import { feedResponse } from './feedResponse'
import { loadFeed } from './loadFeed'
import { newestUpdate } from './newestUpdate'

/** GET /api/events/feed.ics: every published event passing the filters, one VEVENT per series. */
export const eventsFeedIcsEndpoint: Endpoint = {
  path: '/feed.ics',
  method: 'get',
  handler: async (req) => {
    const feed = await loadFeed(req, 'all')
    if (feed instanceof Response) return feed
    const events = [
      ...new Map<number, FeedEvent>(feed.occurrences.map((o) => [o.event.id, o.event])).values(),
    ]
    const body = buildIcsCalendar(events, { publicUrl: feedBaseUrl(req), name: 'Space events' })
    return feedResponse(
      req,
      body,
      'text/calendar; charset=utf-8',
      newestUpdate(events),
      feed.validUntil,
    )
  },
}
