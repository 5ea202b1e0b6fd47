import { check } from '@placemarkio/check-geojson'
import type { FeatureCollection } from 'geojson'
import type { Event } from '@/types/payload-types'
import { findAll, instantOf, parseIcs, prop } from '../unit/events/icsLines'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'

type NewEvent = Partial<Omit<Event, 'id' | 'updatedAt' | 'createdAt'>> & { title: string }

describe('event feeds over HTTP', () => {
  let space: BootedSpace
  const create = (data: NewEvent) =>
    space.payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        publication: 'published',
        start: '2027-05-01T10:00:00.000Z',
        end: '2027-05-01T12:00:00.000Z',
        timezone: 'Europe/Berlin',
        format: 'in_person',
        city: 'Berlin',
        country: 'Germany',
        latitude: 52.52,
        longitude: 13.405,
        ...data,
      } as Event,
    })
  const get = (path: string, init?: RequestInit) => fetch(`${space.url}${path}`, init)

  beforeAll(async () => {
    space = await bootSpace()
    await create({
      title: 'Weekly organisers call',
      slug: 'weekly-call',
      start: '2026-03-17T18:00:00.000Z',
      end: '2026-03-17T20:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
    })
    await create({
      title: 'Cancelled picnic',
      slug: 'cancelled-picnic',
      status: 'cancelled',
      city: 'Lyon',
      country: 'France',
      latitude: 45.76,
      longitude: 4.84,
    })
    await create({
      title: 'Online training',
      slug: 'online-training',
      format: 'online',
      latitude: null,
      longitude: null,
      onlineUrl: 'https://meet.example.org/t',
      country: null,
      city: null,
    })
    await create({
      title: 'Hybrid assembly',
      slug: 'hybrid-assembly',
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/a',
      city: 'Nairobi',
      country: 'Kenya',
      latitude: -1.29,
      longitude: 36.82,
      timezone: 'Africa/Nairobi',
      registrationUrl: 'https://example.org/register',
    })
    await create({ title: 'Secret draft meetup', slug: 'secret-draft', publication: 'draft' })
  })
  afterAll(async () => {
    await space?.close()
  })

  it('serves feed.ics as text/calendar with the Berlin series at the right instants across DST', async () => {
    const res = await get('/api/events/feed.ics')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('cache-control')).toContain('max-age')
    const calendar = parseIcs(await res.text())
    const series = findAll(calendar, 'VEVENT').find(
      (v) => prop(v, 'SUMMARY')?.value === 'Weekly organisers call',
    )!
    expect(prop(series, 'DTSTART')).toMatchObject({
      params: { TZID: 'Europe/Berlin' },
      value: '20260317T190000',
    })
    expect(instantOf(prop(series, 'DTSTART')!)).toBe('2026-03-17T18:00:00.000Z')
    expect(prop(series, 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=4')
    const berlin = findAll(calendar, 'VTIMEZONE').find(
      (z) => prop(z, 'TZID')?.value === 'Europe/Berlin',
    )!
    expect(findAll(berlin, 'DAYLIGHT').map((d) => prop(d, 'DTSTART')?.value)).toContain(
      '20260329T020000',
    )
  })

  it('keeps a cancelled event in the feed, marked CANCELLED', async () => {
    const calendar = parseIcs(await (await get('/api/events/feed.ics')).text())
    const picnic = findAll(calendar, 'VEVENT').find((v) =>
      prop(v, 'URL')?.value.endsWith('/events/cancelled-picnic'),
    )!
    expect(prop(picnic, 'STATUS')?.value).toBe('CANCELLED')
    expect(prop(picnic, 'SUMMARY')?.value).toBe('Cancelled: Cancelled picnic')
  })

  it('never shows a draft in any feed or as a single-event file', async () => {
    for (const path of [
      '/api/events/feed.ics',
      '/api/events/map.geojson?when=all',
      '/api/events/listing?when=all',
    ])
      expect(await (await get(path)).text()).not.toContain('Secret draft meetup')
    expect((await get('/api/events/secret-draft/event.ics')).status).toBe(404)
  })

  it('answers a repeated request carrying the ETag with 304', async () => {
    const first = await get('/api/events/feed.ics')
    const etag = first.headers.get('etag')!
    expect(first.headers.get('last-modified')).toBeTruthy()
    const again = await get('/api/events/feed.ics', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('serves one event as .ics by slug or id', async () => {
    const bySlug = await get('/api/events/weekly-call/event.ics')
    expect(bySlug.status).toBe(200)
    const vevents = findAll(parseIcs(await bySlug.text()), 'VEVENT')
    expect(vevents).toHaveLength(1)
    const uid = prop(vevents[0], 'UID')!.value
    expect(uid).toMatch(/^event-\d+@127\.0\.0\.1$/)
    const id = uid.slice('event-'.length, uid.indexOf('@'))
    const byId = findAll(
      parseIcs(await (await get(`/api/events/${id}/event.ics`)).text()),
      'VEVENT',
    )
    expect(prop(byId[0], 'UID')?.value).toBe(uid)
  })

  it('serves valid GeoJSON of in-person and hybrid events, leaving online-only ones out', async () => {
    const res = await get('/api/events/map.geojson?when=all')
    expect(res.headers.get('content-type')).toBe('application/geo+json')
    const text = await res.text()
    const collection = check(text) as FeatureCollection
    expect(collection.type).toBe('FeatureCollection')
    const titles = collection.features.map((f) => f.properties?.title)
    expect(titles).toEqual(
      expect.arrayContaining(['Weekly organisers call', 'Cancelled picnic', 'Hybrid assembly']),
    )
    expect(titles).not.toContain('Online training')
    const hybrid = collection.features.find((f) => f.properties?.title === 'Hybrid assembly')!
    expect(hybrid.geometry).toEqual({ type: 'Point', coordinates: [36.82, -1.29] })
    expect(hybrid.properties).toMatchObject({
      start: '2027-05-01T10:00:00.000Z',
      timezone: 'Africa/Nairobi',
      city: 'Nairobi',
      country: 'Kenya',
      format: 'hybrid',
      status: 'scheduled',
      registrationUrl: 'https://example.org/register',
    })
    expect(hybrid.properties?.url).toMatch(/\/events\/hybrid-assembly$/)
  })

  it('expands the recurring event into its sittings within the requested range', async () => {
    const res = await get('/api/events/listing?from=2026-03-20&to=2026-04-30')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(
      body.occurrences.map((o: { start: string; localStart: string }) => [o.start, o.localStart]),
    ).toEqual([
      ['2026-03-24T18:00:00.000Z', '2026-03-24T19:00:00.000+01:00'],
      ['2026-03-31T17:00:00.000Z', '2026-03-31T19:00:00.000+02:00'],
      ['2026-04-07T17:00:00.000Z', '2026-04-07T19:00:00.000+02:00'],
    ])
    const map = check(
      await (await get('/api/events/map.geojson?from=2026-03-20&to=2026-04-30')).text(),
    ) as FeatureCollection
    expect(map.features).toHaveLength(1)
    expect(map.features[0].properties?.occurrences).toHaveLength(3)
  })

  it('filters by country, format and when', async () => {
    const titles = async (query: string) =>
      (await (await get(`/api/events/listing?${query}`)).json()).occurrences.map(
        (o: { title: string }) => o.title,
      )
    expect(await titles('when=all&country=france')).toEqual(['Cancelled picnic'])
    expect(await titles('when=all&format=online,hybrid')).toEqual([
      'Online training',
      'Hybrid assembly',
    ])
    expect(await titles('when=past')).toEqual(expect.arrayContaining(['Weekly organisers call']))
    expect(await titles('when=upcoming')).not.toContain('Weekly organisers call')
    const ics = await (await get('/api/events/feed.ics?country=Kenya')).text()
    expect(findAll(parseIcs(ics), 'VEVENT').map((v) => prop(v, 'SUMMARY')?.value)).toEqual([
      'Hybrid assembly',
    ])
  })

  it.each([
    ['feed.ics?from=yesterday', 'from'],
    ['listing?to=2026-13-40', 'to'],
    ['map.geojson?from=2026-05-01&to=2026-04-01', 'to'],
    ['listing?format=carrier-pigeon', 'format'],
    ['feed.ics?when=soon', 'when'],
    ['listing?limit=0', 'limit'],
  ])('answers a bad filter (%s) with 400 naming %s', async (query, parameter) => {
    const res = await get(`/api/events/${query}`)
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors[0].message).toContain(`"${parameter}"`)
    expect(body.errors[0].data.errors[0].path).toBe(parameter)
  })

  it('leaves Payload’s own GET /api/events/:id working beside the feeds', async () => {
    const list = await (await get('/api/events?limit=1&where[slug][equals]=weekly-call')).json()
    const res = await get(`/api/events/${list.docs[0].id}`)
    expect(res.status).toBe(200)
    expect((await res.json()).slug).toBe('weekly-call')
  })
})
