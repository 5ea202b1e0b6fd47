'use client'
import { useSyncExternalStore } from 'react'

// The zone does not change while a page is open, so there is nothing to subscribe to.
const subscribe = () => () => {}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
const noZoneOnServer = () => null

/**
 * The reader's IANA zone from the browser (Intl), or null during server rendering and the
 * first client render, so hydration matches; components re-render once it is known.
 */
export const useReaderTimeZone = (): string | null =>
  useSyncExternalStore(subscribe, browserZone, noZoneOnServer)
