import { DateTime } from 'luxon'

/**
 * rrule expands rules in UTC, so recurring events are expanded on "floating" dates: a Date whose
 * UTC fields hold the event's local wall-clock time. Converting back through the event's zone
 * keeps 19:00 Berlin at 19:00 Berlin on both sides of a daylight-saving change.
 */
export const floatingTime = {
  /** An instant → the Date whose UTC fields are its wall-clock time in `zone`. */
  toFloating(instant: Date, zone: string): Date {
    const local = DateTime.fromJSDate(instant, { zone })
    return new Date(
      Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second),
    )
  },
  /** A floating Date → the instant that wall-clock time denotes in `zone` (gaps move forward). */
  fromFloating(floating: Date, zone: string): DateTime {
    return DateTime.fromObject(
      {
        year: floating.getUTCFullYear(),
        month: floating.getUTCMonth() + 1,
        day: floating.getUTCDate(),
        hour: floating.getUTCHours(),
        minute: floating.getUTCMinutes(),
        second: floating.getUTCSeconds(),
      },
      { zone },
    )
  },
}
