import type { Metadata } from 'next'
import Link from 'next/link'
import { EventCalendar } from '@/src/components/site/EventCalendar'
import { EventList } from '@/src/components/site/EventList'
import { findEventOccurrences } from '@/src/site/findEventOccurrences'
import { parseMonth, shiftMonth } from '@/src/site/parseMonth'
import { siteCache } from '@/src/site/siteCache'

export const metadata: Metadata = { title: 'Events' }

type Props = { searchParams: Promise<{ view?: string; month?: string }> }

const DAY_MS = 86_400_000
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  )

/**
 * The calendar: `?view=list` (upcoming sittings) or the month view (`?month=YYYY-MM`). The
 * month's window is read a day and a half wider each side, since readers' zones run from
 * UTC-12 to UTC+14 and the browser places each sitting on its own day.
 */
export default async function EventsPage({ searchParams }: Props) {
  const { view, month: monthParam } = await searchParams
  const list = view === 'list'
  const month = parseMonth(monthParam)
  const monthStart = Date.parse(`${month}-01T00:00:00Z`)
  const nextMonthStart = Date.parse(`${shiftMonth(month, 1)}-01T00:00:00Z`)
  // The month shown by default is the clock's: this page changes when the month does.
  if (!list && month !== monthParam) siteCache.expireAt(nextMonthStart)
  const occurrences = list
    ? await findEventOccurrences({ when: 'upcoming', limit: 100 })
    : await findEventOccurrences({
        when: 'all',
        from: new Date(monthStart - 1.5 * DAY_MS),
        to: new Date(nextMonthStart + 1.5 * DAY_MS),
      })
  return (
    <>
      <h1>Events</h1>
      <nav aria-label="Calendar views" className="filters">
        <ul className="chip-list">
          <li>
            <Link
              className="chip"
              href={`/events?month=${month}`}
              aria-current={list ? undefined : 'page'}
            >
              Month
            </Link>
          </li>
          <li>
            <Link
              className="chip"
              href="/events?view=list"
              aria-current={list ? 'page' : undefined}
            >
              List
            </Link>
          </li>
          <li>
            <Link className="chip" href="/events/map">
              Map
            </Link>
          </li>
        </ul>
      </nav>
      {list ? (
        <>
          <h2>Upcoming events</h2>
          <EventList occurrences={occurrences} />
        </>
      ) : (
        <>
          <nav aria-label="Months" className="pagination">
            <Link href={`/events?month=${shiftMonth(month, -1)}`} rel="prev">
              ← {monthName(shiftMonth(month, -1))}
            </Link>
            <h2 className="pagination__title">{monthName(month)}</h2>
            <Link href={`/events?month=${shiftMonth(month, 1)}`} rel="next">
              {monthName(shiftMonth(month, 1))} →
            </Link>
          </nav>
          <EventCalendar month={month} occurrences={occurrences} />
        </>
      )}
      <p>
        <a href="/api/events/feed.ics">Subscribe to all events (iCal feed)</a>
      </p>
    </>
  )
}
