'use client'
import { EventTime } from './EventTime'
import { LeafletMap } from './LeafletMap'
import { useMapFeatures } from './useMapFeatures'

type Props = { tileUrl: string; geoJsonUrl?: string }

/**
 * The events map page's body: the map, and the same events as an accessible list under it
 * (for keyboard and screen-reader users, and whenever the map itself cannot be used).
 */
export const EventsMap = ({ tileUrl, geoJsonUrl = '/api/events/map.geojson' }: Props) => {
  const state = useMapFeatures(geoJsonUrl)
  if (state.status === 'loading') return <p role="status">Loading events…</p>
  if (state.status === 'error') return <p role="alert">The events could not be loaded. Try again later, or see the calendar.</p>
  const { features } = state
  return (
    <>
      <LeafletMap features={features} tileUrl={tileUrl} />
      <h2>Events on the map</h2>
      {features.length === 0 ? (
        <p>No upcoming in-person or hybrid events.</p>
      ) : (
        <ul className="card-list" data-testid="map-event-list">
          {features.map((f) => (
            <li key={f.id} className="card">
              <h3 className="card__title">
                <a href={new URL(f.properties.url, 'http://local').pathname}>{f.properties.title}</a>
              </h3>
              <p className="meta">
                <EventTime start={f.properties.start} end={f.properties.end} timezone={f.properties.timezone} allDay={Boolean(f.properties.allDay)} />
              </p>
              <p className="meta">{[f.properties.venue, f.properties.city, f.properties.country].filter(Boolean).join(', ')}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
