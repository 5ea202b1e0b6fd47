'use client'
import Link from 'next/link'
import { useMemo } from 'react'
import type { EventOccurrence } from '@/src/site/EventOccurrence'
import { dayKeysInZone } from '@/src/site/dayKeysInZone'
import { monthGrid } from '@/src/site/monthGrid'
import { useReaderTimeZone } from './useReaderTimeZone'
import { titleWithStatus } from '@/events/titleWithStatus'

type Props = { month: string; occurrences: EventOccurrence[] }

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/**
 * The month view: a table of days in the reader's zone (all-day events keep their own dates).
 * Placing a sitting on a day needs the reader's zone, so this is a client component; until
 * the browser tells the zone it lays out in UTC (`data-zone` says which).
 */
export const EventCalendar = ({ month, occurrences }: Props) => {
  const reader = useReaderTimeZone()
  const zone = reader ?? 'UTC'
  const byDay = useMemo(() => {
    const map = new Map<string, EventOccurrence[]>()
    for (const o of occurrences) {
      for (const key of dayKeysInZone(o.start, o.end, o.allDay ? o.timezone : zone))
        map.set(key, [...(map.get(key) ?? []), o])
    }
    return map
  }, [occurrences, zone])
  const title = new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`))
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  })

  const inMonth = [...byDay.keys()].some((day) => day.startsWith(month))
  return (
    <>
      {inMonth ? null : <p>No events this month.</p>}
      <table className="calendar" data-zone={zone} data-testid="calendar">
        <caption>
          {title}{' '}
          <span className="meta">(times in {reader ? `your time zone, ${reader}` : 'UTC'})</span>
        </caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                <abbr title={d}>{d.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                const events = day ? (byDay.get(day) ?? []) : []
                return (
                  <td
                    key={day ?? `blank-${w}-${i}`}
                    data-day={day ?? undefined}
                    className={events.length ? 'has-events' : day ? undefined : 'blank'}
                  >
                    {day ? (
                      <>
                        <span className="calendar__day">
                          <span className="calendar__weekday">{weekdays[i]} </span>
                          {Number(day.slice(8))}
                        </span>
                        {events.length ? (
                          <ul>
                            {events.map((o) => (
                              <li key={`${o.id}-${o.start}`}>
                                <Link href={`/events/${o.slug}`}>
                                  {o.allDay ? null : (
                                    <span className="meta">{time.format(new Date(o.start))} </span>
                                  )}
                                  {titleWithStatus(o.title, o.status)}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
