'use client'
import { useEffect, useState } from 'react'
import type { MapFeature } from './MapFeature'

export type MapFeaturesState =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; features: MapFeature[] }

/** Loads the events map layer once; the map and the list under it both read it. */
export const useMapFeatures = (url: string): MapFeaturesState => {
  const [state, setState] = useState<MapFeaturesState>({ status: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    fetch(url, { signal: controller.signal, headers: { accept: 'application/geo+json' } })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((body: { features?: MapFeature[] }) =>
        setState({ status: 'ready', features: body.features ?? [] }),
      )
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' })
      })
    return () => controller.abort()
  }, [url])
  return state
}
