'use client'
import { LeafletMap } from './LeafletMap'
import { MapEventList } from './MapEventList'
import { useMapFeatures } from './useMapFeatures'

type Props = { tileUrl: string; geoJsonUrl?: string }

/**
 * The events map page's body: the map, and the same events as an accessible list under it
 * (for keyboard and screen-reader users, and whenever the map itself cannot be used).
 */
export const EventsMap = ({ tileUrl, geoJsonUrl = '/api/events/map.geojson' }: Props) => {
  const state = useMapFeatures(geoJsonUrl)
  if (state.status === 'loading') return <p role="status">Loading events…</p>
  if (state.status === 'error')
    return <p role="alert">The events could not be loaded. Try again later, or see the calendar.</p>
  return (
    <>
      <LeafletMap features={state.features} tileUrl={tileUrl} />
      <h2>Events on the map</h2>
      <MapEventList features={state.features} />
    </>
  )
}
