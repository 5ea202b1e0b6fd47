'use client'
import 'leaflet/dist/leaflet.css'
import { useEffect, useRef, useState } from 'react'
import { titleWithStatus } from '@/events/titleWithStatus'
import type { MapFeature } from './MapFeature'

type Props = {
  features: MapFeature[]
  tileUrl: string
  /** The map region's accessible name. */
  label?: string
  /** How far fitting the markers may zoom in (one event's map shows its street). */
  maxZoom?: number
  /** The box's CSS classes: `map map--small` for a map inside a page rather than the page's subject. */
  className?: string
  /** Said when the tile server fails (the markers still show). */
  tileErrorNote?: string
}

const defaultTileErrorNote =
  'The map background could not load; the markers and the list below still show every event.'

const markerTitle = (f: MapFeature) => titleWithStatus(f.properties.title, f.properties.status)

/** A popup's content built as DOM nodes (never HTML strings), so titles cannot inject markup. */
const popupContent = (f: MapFeature): HTMLElement => {
  const box = document.createElement('div')
  const link = document.createElement('a')
  link.href = new URL(f.properties.url, window.location.origin).pathname
  link.textContent = markerTitle(f)
  const place = document.createElement('div')
  place.textContent = [f.properties.venue, f.properties.city, f.properties.country]
    .filter(Boolean)
    .join(', ')
  box.append(link, place)
  return box
}

/**
 * The Leaflet map. Markers are HTML (divIcon), not images, so they show whether or not the
 * tile server answers; a failing tile server only adds a note. Leaflet touches `window` when
 * loaded, so it is imported inside the effect.
 */
export const LeafletMap = ({
  features,
  tileUrl,
  label = 'Map of upcoming events',
  maxZoom = 8,
  className = 'map',
  tileErrorNote = defaultTileErrorNote,
}: Props) => {
  const container = useRef<HTMLDivElement>(null)
  const [tilesFailed, setTilesFailed] = useState(false)
  useEffect(() => {
    let map: import('leaflet').Map | undefined
    let cancelled = false
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, { worldCopyJump: true })
      L.tileLayer(tileUrl, { attribution: '&copy; OpenStreetMap contributors', maxZoom: 18 })
        .on('tileerror', () => setTilesFailed(true))
        .addTo(map)
      // The view first: Leaflet creates a marker's element only once the map has one.
      const points = features.map((f): [number, number] => [
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
      ])
      if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom })
      else map.setView([20, 0], 2)
      const icon = L.divIcon({ className: 'map-marker', iconSize: [22, 22], html: '' })
      features.forEach((f, i) => {
        const marker = L.marker(points[i], { icon, title: markerTitle(f), keyboard: true }).addTo(
          map!,
        )
        marker.bindPopup(() => popupContent(f))
        marker.getElement()?.setAttribute('aria-label', markerTitle(f))
        marker.getElement()?.setAttribute('data-event-id', String(f.id))
      })
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [features, tileUrl, maxZoom])
  return (
    <>
      <div
        ref={container}
        className={className}
        role="region"
        aria-label={label}
        data-testid="events-map"
      />
      {tilesFailed ? (
        <p className="note" role="status">
          {tileErrorNote}
        </p>
      ) : null}
    </>
  )
}
