'use client'
import { useEffect, useState } from 'react'

/**
 * The reader's IANA zone from the browser (Intl), or null during server rendering and the
 * first client render, so hydration matches; components re-render once it is known.
 */
export const useReaderTimeZone = (): string | null => {
  const [zone, setZone] = useState<string | null>(null)
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')
  }, [])
  return zone
}
