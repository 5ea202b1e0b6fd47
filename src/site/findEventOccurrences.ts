import { feedWhere } from '@/events/feedWhere'
import type { FeedFilters } from '@/events/FeedFilters'
import { selectOccurrences } from '@/events/selectOccurrences'
import { nextChange } from '@/events/nextChange'
import { cacheTags } from './cacheTags'
import type { EventOccurrence } from './EventOccurrence'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

const MAX_EVENTS = 2000
export type OccurrenceQuery = { from?: Date; to?: Date; when: FeedFilters['when']; limit?: number }

/**
 * Published events' sittings (recurring ones expanded) in a window, soonest first. The same
 * filters and expansion as the /api/events feeds (events), read anonymously.
 */
export const findEventOccurrences = async (query: OccurrenceQuery): Promise<EventOccurrence[]> => {
  const payload = await sitePayload()
  const key = `events:${query.when}:${query.from?.toISOString()}:${query.to?.toISOString()}:${query.limit}`
  return siteCache.get(key, async () => {
    siteCache.tag(cacheTags.events)
    const now = new Date()
    const filters: FeedFilters = { from: query.from, to: query.to, when: query.when }
    const { docs } = await payload.find({
      collection: 'events',
      where: feedWhere(filters, now),
      sort: 'start',
      depth: 0,
      limit: MAX_EVENTS,
      pagination: false,
      overrideAccess: false,
    })
    const occurrences = selectOccurrences(docs, filters, now)
    siteCache.expireAt(nextChange(query.when, occurrences, now))
    return occurrences
      .slice(0, query.limit ?? occurrences.length)
      .map(({ event: e, start, end, recurring }) => ({
        id: e.id,
        slug: e.slug,
        title: e.title,
        start: start.toISOString(),
        end: end.toISOString(),
        timezone: e.timezone,
        allDay: Boolean(e.allDay),
        status: e.status,
        format: e.format,
        venue: e.venue ?? null,
        city: e.city ?? null,
        country: e.country ?? null,
        recurring,
      }))
  })
}
