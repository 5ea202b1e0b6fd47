import type { Endpoint } from 'payload'
import { buildIcsCalendar } from '@/events/buildIcsCalendar'
import { feedBaseUrl } from './feedBaseUrl'
import { feedResponse } from './feedResponse'
import { findFeedEvents } from './findFeedEvents'

/**
 * GET /api/events/:idOrSlug/event.ics: one published event (by numeric id or slug) as a
 * calendar file. The extra segment keeps it clear of Payload's own GET /api/events/:id.
 */
export const eventIcsEndpoint: Endpoint = {
  path: '/:idOrSlug/event.ics',
  method: 'get',
  handler: async (req) => {
    const key = String(req.routeParams?.idOrSlug ?? '')
    const byId = /^\d+$/.test(key) ? [{ id: { equals: Number(key) } }] : []
    const [event] = await findFeedEvents(req, {
      and: [{ publication: { equals: 'published' } }, { or: [...byId, { slug: { equals: key } }] }],
    })
    if (!event) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const body = buildIcsCalendar([event], { publicUrl: feedBaseUrl(req), name: event.title })
    return feedResponse(req, body, 'text/calendar; charset=utf-8', new Date(event.updatedAt))
  },
}
