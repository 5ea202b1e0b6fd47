import { DateTime } from 'luxon'
import type { FeedEvent } from './FeedEvent'
import type { Occurrence } from './Occurrence'
import { floatingTime } from './floatingTime'
import { parseEventRecurrence } from './parseEventRecurrence'

export type Range = { from?: Date; to?: Date }

const overlaps = (o: { start: Date; end: Date }, { from, to }: Range) =>
  (!from || o.end.getTime() > from.getTime()) && (!to || o.start.getTime() <= to.getTime())

/**
 * The event's occurrences that overlap the range. Each repeat keeps the first sitting's local
 * start time and local length (19:00–21:00 Berlin stays so after the clocks change).
 */
export const expandOccurrences = (event: FeedEvent, range: Range = {}): Occurrence[] => {
  const start = new Date(event.start)
  const end = new Date(event.end)
  const recurrence = parseEventRecurrence(event)
  if (!recurrence)
    return overlaps({ start, end }, range) ? [{ event, start, end, recurring: false }] : []
  const zone = event.timezone || 'UTC'
  const localStart = DateTime.fromJSDate(start, { zone })
  const length = DateTime.fromJSDate(end, { zone }).diff(localStart, [
    'days',
    'hours',
    'minutes',
    'seconds',
  ])
  const occurrences: Occurrence[] = []
  for (const floating of recurrence.rule.all()) {
    const sitting = floatingTime.fromFloating(floating, zone)
    const o = {
      event,
      start: sitting.toJSDate(),
      end: sitting.plus(length).toJSDate(),
      recurring: true,
    }
    if (range.to && o.start.getTime() > range.to.getTime()) break
    if (overlaps(o, range)) occurrences.push(o)
  }
  return occurrences
}
