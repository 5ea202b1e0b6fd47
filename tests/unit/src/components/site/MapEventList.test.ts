// The list under the events map names a cancelled or postponed event the way the calendar,
// the event lists and the event page do ("Cancelled: ..."), not by its bare title.
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { MapFeature } from '@/src/components/site/MapFeature'
import { MapEventList } from '@/src/components/site/MapEventList'
import { EventListItem } from '@/src/components/site/EventListItem'

const feature = (id: number, title: string, status: string): MapFeature => ({
  id,
  geometry: { type: 'Point', coordinates: [13.405, 52.52] },
  properties: {
    title,
    start: '2026-03-17T18:00:00.000Z',
    end: '2026-03-17T20:00:00.000Z',
    timezone: 'Europe/Berlin',
    allDay: false,
    venue: 'Hall',
    city: 'Berlin',
    country: 'Germany',
    format: 'in_person',
    status,
    url: `https://space.example.org/events/${id}`,
  },
})

const titles = (html: string) =>
  [...html.matchAll(/<h3 class="card__title"><a[^>]*>([^<]*)<\/a>/g)].map((m) => m[1])

describe('the list under the events map', () => {
  it('puts the status before the titles of cancelled and postponed events', () => {
    const html = renderToStaticMarkup(
      h(MapEventList, {
        features: [
          feature(1, 'Picnic', 'cancelled'),
          feature(2, 'Assembly', 'postponed'),
          feature(3, 'Walk', 'scheduled'),
        ],
      }),
    )
    expect(titles(html)).toEqual(['Cancelled: Picnic', 'Postponed: Assembly', 'Walk'])
  })

  it('reads like the other event lists', () => {
    const listItem = renderToStaticMarkup(
      h(EventListItem, {
        occurrence: {
          id: 1,
          slug: 'picnic',
          title: 'Picnic',
          start: '2026-03-17T18:00:00.000Z',
          end: '2026-03-17T20:00:00.000Z',
          timezone: 'Europe/Berlin',
          allDay: false,
          status: 'cancelled',
          format: 'in_person',
          venue: null,
          city: null,
          country: null,
          recurring: false,
        },
      }),
    )
    const mapItem = renderToStaticMarkup(
      h(MapEventList, { features: [feature(1, 'Picnic', 'cancelled')] }),
    )
    expect(titles(mapItem)[0]).toBe(titles(listItem)[0])
  })

  it('links each event by path, on whatever host the page is', () => {
    expect(
      renderToStaticMarkup(h(MapEventList, { features: [feature(7, 'Walk', 'scheduled')] })),
    ).toContain('href="/events/7"')
  })
})
