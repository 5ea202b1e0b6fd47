import { DateTime } from 'luxon'
import type { FeedEvent } from './FeedEvent'

/**
 * An all-day event's first and last local day (both inclusive, ISO dates). The stored end may be
 * the last day itself or the midnight after it; both read as the same last day.
 */
export const allDayDates = (
  event: Pick<FeedEvent, 'start' | 'end' | 'timezone'>,
  start?: Date,
  end?: Date,
) => {
  const zone = event.timezone || 'UTC'
  const first = DateTime.fromJSDate(start ?? new Date(event.start), { zone }).startOf('day')
  let last = DateTime.fromJSDate(end ?? new Date(event.end), { zone })
  if (last.toMillis() === last.startOf('day').toMillis() && last > first)
    last = last.minus({ days: 1 })
  if (last < first) last = first
  return { firstDay: first.toISODate()!, lastDay: last.startOf('day').toISODate()! }
}
