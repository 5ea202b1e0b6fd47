'use client'
import { formatEventTime } from './formatEventTime'
import { useReaderTimeZone } from './useReaderTimeZone'

type Props = { start: string; end: string; timezone: string; allDay: boolean }

/**
 * When an event happens, in the reader's own zone (from the browser) with the event's zone
 * beside it: "Tue, 17 Mar 2026, 13:00–15:00 your time (19:00–21:00 Europe/Berlin)". All-day
 * events are dates in the event's zone, which mean the same day everywhere.
 */
export const EventTime = ({ start, end, timezone, allDay }: Props) => {
  const reader = useReaderTimeZone()
  const local = formatEventTime(start, end, timezone, allDay)
  if (allDay)
    return (
      <time dateTime={start}>
        {local} (all day, {timezone})
      </time>
    )
  if (!reader || reader === timezone)
    return (
      <time dateTime={start}>
        {local} ({timezone})
      </time>
    )
  return (
    <time dateTime={start} data-reader-zone={reader}>
      {formatEventTime(start, end, reader, false)} your time ({local} {timezone})
    </time>
  )
}
