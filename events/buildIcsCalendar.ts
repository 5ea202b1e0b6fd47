import ical, { type ICalDateTimeValue } from 'ical-generator'
import { DateTime } from 'luxon'
import type { FeedEvent } from './FeedEvent'
import { allDayDates } from './allDayDates'
import { eventLocationText } from './eventLocationText'
import { eventPlainText } from './eventPlainText'
import { expandOccurrences } from './expandOccurrences'
import { icsStatus } from './icsStatus'
import { parseEventRecurrence } from './parseEventRecurrence'
import { publicEventUrl } from './publicEventUrl'
import { statusLabel } from './statusLabel'
import { vtimezoneGenerator } from './vtimezoneGenerator'
import { safeWebUrl } from '@/shared/isSafeUrl'

export type IcsOptions = { publicUrl: string; name: string; description?: string }

const descriptionOf = (event: FeedEvent, url: string) =>
  [
    eventPlainText(event),
    safeWebUrl(event.onlineUrl) ? `Join online: ${event.onlineUrl}` : '',
    safeWebUrl(event.registrationUrl) ? `Register: ${event.registrationUrl}` : '',
    `More: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n')

/** Start and end as ical-generator reads them: local dates for all-day events, else zoned times. */
type Times = {
  start: ICalDateTimeValue
  end: ICalDateTimeValue
  allDay?: boolean
  timezone?: string
}

const timesOf = (event: FeedEvent): Times => {
  const zone = event.timezone || 'UTC'
  if (event.allDay) {
    const { firstDay, lastDay } = allDayDates(event)
    const start = DateTime.fromISO(firstDay, { zone: 'UTC' })
    // DTEND of an all-day event is exclusive: the day after the last day.
    return {
      allDay: true,
      start,
      end: DateTime.fromISO(lastDay, { zone: 'UTC' }).plus({ days: 1 }),
    }
  }
  return {
    timezone: zone,
    start: DateTime.fromJSDate(new Date(event.start), { zone }),
    end: DateTime.fromJSDate(new Date(event.end), { zone }),
  }
}

/** The years VTIMEZONE rules must cover: from the first start to the last occurrence's end. */
const yearSpan = (events: FeedEvent[]): [number, number] => {
  const years = events.flatMap((e) => {
    const last = expandOccurrences(e).at(-1)
    return [new Date(e.start).getUTCFullYear(), (last?.end ?? new Date(e.end)).getUTCFullYear()]
  })
  const from = years.length ? Math.min(...years) : new Date().getUTCFullYear()
  return [from, Math.min(years.length ? Math.max(...years) : from, from + 20)]
}

/**
 * An iCalendar document for the events. Times carry the event's TZID with generated VTIMEZONE
 * rules, so an RRULE repeats at the same local time across daylight-saving changes.
 * Output depends only on the events (DTSTAMP is the last change), so its hash is a stable ETag.
 */
export const buildIcsCalendar = (
  events: FeedEvent[],
  { publicUrl, name, description }: IcsOptions,
): string => {
  const host = new URL(publicUrl).hostname
  const calendar = ical({
    name,
    description,
    prodId: { company: 'Space', product: 'Events', language: 'EN' },
  })
  calendar.timezone({ name: null, generator: vtimezoneGenerator(...yearSpan(events)) })
  for (const event of events) {
    const url = publicEventUrl(publicUrl, event.slug)
    const label = statusLabel(event.status)
    const location = eventLocationText(event)
    const hasGeo =
      typeof event.latitude === 'number' &&
      typeof event.longitude === 'number' &&
      event.format !== 'online'
    const stamp = new Date(event.updatedAt)
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      ...timesOf(event),
      summary: label ? `${label}: ${event.title}` : event.title,
      description: descriptionOf(event, url),
      url,
      status: icsStatus(event.status),
      location:
        location || hasGeo
          ? {
              title: location || event.title,
              ...(hasGeo ? { geo: { lat: event.latitude!, lon: event.longitude! } } : {}),
            }
          : null,
      repeating: parseEventRecurrence(event)?.icsRule ?? null,
      stamp,
      lastModified: stamp,
      organizer: null,
    })
  }
  return calendar.toString()
}
