import { DateTime } from 'luxon'
import { RRule } from '@/shared/rrule'
import type { FeedEvent } from './FeedEvent'

type Weekday = { weekday: number; n?: number } | number

const weekdayOf = (d: Weekday) => (typeof d === 'number' ? d : d.weekday)

/**
 * The discourse-calendar plugin's own recurrence word for an RRULE it can express
 * (every_week, every_two_weeks, every_four_weeks, every_month = "the same nth weekday"), else null.
 * The plugin rebuilds the rule from the first start, so only rules that agree with it map.
 */
export const discourseRecurrence = (event: FeedEvent): string | null => {
  if (!event.recurrence) return null
  const o = RRule.parseString(event.recurrence.replace(/^RRULE:/i, '').trim())
  const local = DateTime.fromJSDate(new Date(event.start), { zone: event.timezone || 'UTC' })
  const startWeekday = local.weekday - 1 // rrule counts Monday as 0, luxon as 1
  const days = ([] as Weekday[]).concat(
    (o.byweekday as Weekday | Weekday[] | null | undefined) ?? [],
  )
  if (o.bymonthday || o.bysetpos || o.bymonth) return null
  if (o.freq === RRule.WEEKLY) {
    if (days.length > 1 || (days.length === 1 && weekdayOf(days[0]) !== startWeekday)) return null
    return (
      ({ 1: 'every_week', 2: 'every_two_weeks', 4: 'every_four_weeks' } as Record<number, string>)[
        o.interval ?? 1
      ] ?? null
    )
  }
  if (
    o.freq === RRule.MONTHLY &&
    (o.interval ?? 1) === 1 &&
    days.length === 1 &&
    typeof days[0] !== 'number'
  ) {
    const nth = Math.ceil(local.day / 7)
    return days[0].weekday === startWeekday && days[0].n === nth ? 'every_month' : null
  }
  return null
}
