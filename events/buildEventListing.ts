import { DateTime } from 'luxon'
import type { FeedFilters } from './FeedFilters'
import type { Occurrence } from './Occurrence'
import { publicEventUrl } from './publicEventUrl'
import { safeWebUrl } from '@/shared/isSafeUrl'

/**
 * The JSON listing for front ends: one entry per sitting (recurring events expanded), with
 * instants in UTC and the same moments in the event's own zone for display.
 */
export const buildEventListing = (
  occurrences: Occurrence[],
  filters: FeedFilters,
  publicUrl: string,
) => {
  const shown = filters.limit ? occurrences.slice(0, filters.limit) : occurrences
  return {
    total: occurrences.length,
    filters: {
      from: filters.from?.toISOString() ?? null,
      to: filters.to?.toISOString() ?? null,
      country: filters.country ?? null,
      format: filters.format ?? null,
      when: filters.when,
      limit: filters.limit ?? null,
    },
    occurrences: shown.map(({ event: e, start, end, recurring }) => ({
      id: e.id,
      slug: e.slug,
      title: e.title,
      status: e.status,
      format: e.format,
      start: start.toISOString(),
      end: end.toISOString(),
      localStart: DateTime.fromJSDate(start, { zone: e.timezone }).toISO(),
      localEnd: DateTime.fromJSDate(end, { zone: e.timezone }).toISO(),
      timezone: e.timezone,
      allDay: Boolean(e.allDay),
      recurring,
      venue: e.venue ?? null,
      city: e.city ?? null,
      country: e.country ?? null,
      latitude: e.latitude ?? null,
      longitude: e.longitude ?? null,
      url: publicEventUrl(publicUrl, e.slug),
      onlineUrl: safeWebUrl(e.onlineUrl),
      registrationUrl: safeWebUrl(e.registrationUrl),
      organizer: e.organizer ?? null,
    })),
  }
}
