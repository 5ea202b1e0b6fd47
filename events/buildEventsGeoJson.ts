import type { Feature, FeatureCollection, Point } from 'geojson'
import type { Occurrence } from './Occurrence'
import { publicEventUrl } from './publicEventUrl'
import { safeWebUrl } from '@/shared/isSafeUrl'

export type EventFeatureProperties = {
  id: number
  title: string
  start: string
  end: string
  timezone: string
  allDay: boolean
  venue: string | null
  city: string | null
  country: string | null
  format: 'in_person' | 'hybrid'
  status: string
  url: string
  registrationUrl: string | null
  onlineUrl: string | null
  recurring: boolean
  /** Every sitting within the requested range; start/end above are the first of them. */
  occurrences: Array<{ start: string; end: string }>
}

/**
 * One point per in-person or hybrid event, at [longitude, latitude] as GeoJSON orders them, with
 * what a map popup shows. Online-only events have no place and are left out. A recurring event
 * is one pin, not a stack of identical ones: its sittings in range are listed in `occurrences`.
 */
export const buildEventsGeoJson = (
  occurrences: Occurrence[],
  publicUrl: string,
): FeatureCollection<Point, EventFeatureProperties> => {
  const byEvent = new Map<number, Occurrence[]>()
  for (const o of occurrences) {
    const { format, latitude, longitude } = o.event
    if (format === 'online' || typeof latitude !== 'number' || typeof longitude !== 'number')
      continue
    byEvent.set(o.event.id, [...(byEvent.get(o.event.id) ?? []), o])
  }
  const features = [...byEvent.values()].map(
    ([first, ...rest]): Feature<Point, EventFeatureProperties> => {
      const e = first.event
      return {
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.longitude!, e.latitude!] },
        properties: {
          id: e.id,
          title: e.title,
          start: first.start.toISOString(),
          end: first.end.toISOString(),
          timezone: e.timezone,
          allDay: Boolean(e.allDay),
          venue: e.venue ?? null,
          city: e.city ?? null,
          country: e.country ?? null,
          format: e.format as 'in_person' | 'hybrid',
          status: e.status,
          url: publicEventUrl(publicUrl, e.slug),
          registrationUrl: safeWebUrl(e.registrationUrl),
          onlineUrl: e.format === 'hybrid' ? safeWebUrl(e.onlineUrl) : null,
          recurring: first.recurring,
          occurrences: [first, ...rest].map((o) => ({
            start: o.start.toISOString(),
            end: o.end.toISOString(),
          })),
        },
      }
    },
  )
  return { type: 'FeatureCollection', features }
}
