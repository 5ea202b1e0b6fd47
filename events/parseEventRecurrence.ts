import { DateTime } from 'luxon'
import type { Options, RRule as RRuleType } from 'rrule'
import { RRule } from '@/shared/rrule'
import type { FeedEvent } from './FeedEvent'
import { floatingTime } from './floatingTime'

export type EventRecurrence = {
  /** Expands on floating dates (see floatingTime); DTSTART is the event's local start. */
  rule: RRuleType
  /** The RRULE value for iCalendar, UNTIL rewritten to UTC as RFC 5545 requires beside a TZID. */
  icsRule: string
}

const MAX_OCCURRENCES = 1000

/**
 * Reads the event's RRULE (validated on save by collections/Events/validation/parseRecurrence).
 * UNTIL written with `Z` is an instant; without it, a wall-clock time in the event's zone, and a
 * bare date means "through that local day".
 */
export const parseEventRecurrence = (event: FeedEvent): EventRecurrence | null => {
  if (!event.recurrence) return null
  const body = event.recurrence.replace(/^RRULE:/i, '').trim()
  const options: Partial<Options> = RRule.parseString(body)
  const zone = event.timezone || 'UTC'
  const dtstart = floatingTime.toFloating(new Date(event.start), zone)
  let until: Date | null = null
  if (options.until) {
    const untilText = /UNTIL=([0-9TZ]+)/i.exec(body)?.[1] ?? ''
    if (/Z$/i.test(untilText)) until = floatingTime.toFloating(options.until, zone)
    else if (/^\d{8}$/.test(untilText)) until = new Date(options.until.getTime() + 86_399_000)
    else until = options.until
  }
  const count = options.count ? Math.min(options.count, MAX_OCCURRENCES) : null
  const rule = new RRule({ ...options, dtstart, until, count, tzid: null })
  const untilIcs = until
    ? event.allDay
      ? DateTime.fromJSDate(until, { zone: 'UTC' }).toFormat('yyyyLLdd')
      : floatingTime.fromFloating(until, zone).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")
    : null
  const icsRule = body
    .split(';')
    .filter((part) => part && !/^(UNTIL|DTSTART|TZID)=/i.test(part))
    .concat(untilIcs ? [`UNTIL=${untilIcs}`] : [])
    .join(';')
  return { rule, icsRule }
}
