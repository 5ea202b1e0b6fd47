import { titleWithStatus } from '@/events/titleWithStatus'
import { EventTime } from './EventTime'
import type { MapFeature } from './MapFeature'

type Props = { features: MapFeature[] }

/**
 * The events on the map as a plain list (for keyboard and screen-reader users, and whenever
 * the map itself cannot be used). Titles carry the status as in every other event list.
 */
export const MapEventList = ({ features }: Props) =>
  features.length === 0 ? (
    <p>No upcoming in-person or hybrid events.</p>
  ) : (
    <ul className="card-list" data-testid="map-event-list">
      {features.map((f) => (
        <li key={f.id} className="card">
          <h3 className="card__title">
            <a href={new URL(f.properties.url, 'http://local').pathname}>
              {titleWithStatus(f.properties.title, f.properties.status)}
            </a>
          </h3>
          <p className="meta">
            <EventTime
              start={f.properties.start}
              end={f.properties.end}
              timezone={f.properties.timezone}
              allDay={Boolean(f.properties.allDay)}
            />
          </p>
          <p className="meta">
            {[f.properties.venue, f.properties.city, f.properties.country]
              .filter(Boolean)
              .join(', ')}
          </p>
        </li>
      ))}
    </ul>
  )
