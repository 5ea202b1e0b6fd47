import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { titleWithStatus } from '@/events/titleWithStatus'
import { EventTime } from '@/src/components/site/EventTime'
import { LeafletMap } from '@/src/components/site/LeafletMap'
import type { MapFeature } from '@/src/components/site/MapFeature'
import { RichTextBody } from '@/src/components/site/RichTextBody'
import { findEventBySlug, type EventPageData } from '@/src/site/findEventBySlug'
import { isSafeUrl } from '@/shared/isSafeUrl'
import { siteSettings } from '@/src/site/siteSettings'

type Props = { params: Promise<{ slug: string }> }

const formats: Record<string, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
}

/** The event as the one marker of its own map: in-person and hybrid events with coordinates, as on the events map. */
const mapFeatureOf = (event: EventPageData): MapFeature | null => {
  if (
    event.format === 'online' ||
    typeof event.latitude !== 'number' ||
    typeof event.longitude !== 'number'
  )
    return null
  return {
    id: event.id,
    geometry: { type: 'Point', coordinates: [event.longitude, event.latitude] },
    properties: {
      title: event.title,
      start: event.start,
      end: event.end,
      timezone: event.timezone,
      allDay: Boolean(event.allDay),
      venue: event.venue ?? null,
      city: event.city ?? null,
      country: event.country ?? null,
      format: event.format,
      status: event.status,
      url: `/events/${encodeURIComponent(event.slug)}`,
    },
  }
}

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await findEventBySlug((await params).slug)
  return { title: event ? event.title : 'Not found' }
}

/** One event: when (reader's zone and the event's), where (with a small map), how to join, what, and "Add to calendar". */
export default async function EventPage({ params }: Props) {
  const event = await findEventBySlug((await params).slug)
  if (!event) notFound()
  const place = [event.venue, event.city, event.country].filter(Boolean).join(', ')
  const feature = mapFeatureOf(event)
  const onlineHost = event.onlineUrl ? hostOf(event.onlineUrl) : null
  return (
    <article className="event">
      <h1>{titleWithStatus(event.title, event.status)}</h1>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <EventTime
            start={event.start}
            end={event.end}
            timezone={event.timezone}
            allDay={Boolean(event.allDay)}
          />
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
        {event.onlineUrl && isSafeUrl(event.onlineUrl, 'web') ? (
          <>
            <dt>Online</dt>
            <dd>
              <a href={event.onlineUrl}>Join online</a>
              {onlineHost ? (
                <>
                  {' '}
                  <span className="meta">({onlineHost})</span>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {event.organizer ? (
          <>
            <dt>Organizer</dt>
            <dd>{event.organizer}</dd>
          </>
        ) : null}
      </dl>
      {feature ? (
        <LeafletMap
          features={[feature]}
          tileUrl={siteSettings().mapTileUrl}
          label={`Map: ${place || event.title}`}
          maxZoom={15}
          className="map map--small"
          tileErrorNote="The map background could not load; the marker still shows the place."
        />
      ) : null}
      <p className="actions">
        {/* The events engineer's single-event iCalendar endpoint (docs/EVENTS.md). */}
        <a
          className="button"
          href={`/api/events/${encodeURIComponent(event.slug)}/event.ics`}
          download={`${event.slug}.ics`}
        >
          Add to calendar<span className="visually-hidden"> (.ics file)</span>
        </a>
        {event.registrationUrl && isSafeUrl(event.registrationUrl, 'web') ? (
          <a href={event.registrationUrl}>Register</a>
        ) : null}
      </p>
      <RichTextBody data={event.description} />
      {event.topicUrl ? (
        <section aria-labelledby="event-discussion">
          <h2 id="event-discussion">Join the discussion</h2>
          <p>
            {event.replyCount === 1 ? '1 reply' : `${event.replyCount} replies`} on the forum.{' '}
            <a href={event.topicUrl}>Open the forum topic</a>
          </p>
        </section>
      ) : null}
    </article>
  )
}
