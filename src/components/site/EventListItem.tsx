import Link from 'next/link'
import type { EventOccurrence } from '@/src/site/EventOccurrence'
import { EventTime } from './EventTime'
import { titleWithStatus } from '@/events/titleWithStatus'

const formats: Record<string, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
}

type Props = { occurrence: EventOccurrence; headingLevel?: 2 | 3 }

/** One sitting of an event in a list: title link, time in the reader's zone, place and format. */
export const EventListItem = ({ occurrence: o, headingLevel = 3 }: Props) => {
  const Heading = `h${headingLevel}` as const
  const place = [o.venue, o.city, o.country].filter(Boolean).join(', ')
  return (
    <article className="card">
      <Heading className="card__title">
        <Link href={`/events/${o.slug}`}>{titleWithStatus(o.title, o.status)}</Link>
      </Heading>
      <p className="meta">
        <EventTime start={o.start} end={o.end} timezone={o.timezone} allDay={o.allDay} />
      </p>
      <p className="meta">
        {formats[o.format] ?? o.format}
        {place ? <> · {place}</> : null}
      </p>
    </article>
  )
}
