import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EventTime } from '../../../../components/site/EventTime'
import { RichTextBody } from '../../../../components/site/RichTextBody'
import { findEventBySlug } from '../../../../site/findEventBySlug'

type Props = { params: Promise<{ slug: string }> }

const formats: Record<string, string> = { in_person: 'In person', online: 'Online', hybrid: 'Hybrid' }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await findEventBySlug((await params).slug)
  return { title: event ? event.title : 'Not found' }
}

/** One event: when (reader's zone and the event's), where, what, and "Add to calendar". */
export default async function EventPage({ params }: Props) {
  const event = await findEventBySlug((await params).slug)
  if (!event) notFound()
  const place = [event.venue, event.city, event.country].filter(Boolean).join(', ')
  return (
    <article className="event">
      <h1>
        {event.status === 'cancelled' ? 'Cancelled: ' : event.status === 'postponed' ? 'Postponed: ' : null}
        {event.title}
      </h1>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <EventTime start={event.start} end={event.end} timezone={event.timezone} allDay={Boolean(event.allDay)} />
          {event.recurrence ? <span className="meta"> · repeats</span> : null}
        </dd>
        <dt>Format</dt>
        <dd>{formats[event.format] ?? event.format}</dd>
        {place ? (
          <>
            <dt>Where</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {event.organizer ? (
          <>
            <dt>Organizer</dt>
            <dd>{event.organizer}</dd>
          </>
        ) : null}
      </dl>
      <p className="actions">
        {/* The events engineer's single-event iCalendar endpoint (docs/EVENTS.md). */}
        <a className="button" href={`/api/events/${encodeURIComponent(event.slug)}/event.ics`} download={`${event.slug}.ics`}>
          Add to calendar<span className="visually-hidden"> (.ics file)</span>
        </a>
        {event.registrationUrl ? <a href={event.registrationUrl}>Register</a> : null}
        {event.onlineUrl ? <a href={event.onlineUrl}>Join online</a> : null}
      </p>
      <RichTextBody data={event.description} />
      {event.topicUrl ? (
        <section aria-labelledby="event-discussion">
          <h2 id="event-discussion">Join the discussion</h2>
          <p>
            {event.replyCount === 1 ? '1 reply' : `${event.replyCount} replies`} on the forum. <a href={event.topicUrl}>Open the forum topic</a>
          </p>
        </section>
      ) : null}
    </article>
  )
}
