import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { EventsMap } from '@/src/components/site/EventsMap'
import { siteSettings } from '@/src/site/siteSettings'

export const metadata: Metadata = { title: 'Events map' }

/** The map page: the tile server comes from MAP_TILE_URL at request time, not at build time. */
export default async function EventsMapPage() {
  await connection()
  return (
    <>
      <h1>Events map</h1>
      <p>
        Upcoming in-person and hybrid events. Online events are in the{' '}
        <Link href="/events?view=list">list</Link>.
      </p>
      <EventsMap tileUrl={siteSettings().mapTileUrl} />
    </>
  )
}
