/** What the map reads of one GeoJSON feature from /api/events/map.geojson (docs/EVENTS.md). */
export type MapFeature = {
  id: number | string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: {
    title: string
    start: string
    end: string
    timezone: string
    allDay?: boolean
    city: string | null
    country: string | null
    venue: string | null
    format: string
    status: string
    url: string
  }
}
