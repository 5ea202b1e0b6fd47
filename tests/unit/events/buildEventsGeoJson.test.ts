import { check } from '@placemarkio/check-geojson'
import { buildEventsGeoJson } from '@/events/buildEventsGeoJson'
import { expandOccurrences } from '@/events/expandOccurrences'
import { feedEventFixture } from './feedEventFixture'

describe('buildEventsGeoJson', () => {
  it('builds a valid FeatureCollection of [lng, lat] points and leaves online-only events out', () => {
    const events = [
      feedEventFixture({ id: 1, recurrence: 'FREQ=WEEKLY;COUNT=3' }),
      feedEventFixture({
        id: 2,
        slug: 'online',
        format: 'online',
        latitude: null,
        longitude: null,
        onlineUrl: 'https://m.example.org',
      }),
      feedEventFixture({
        id: 3,
        slug: 'hybrid',
        format: 'hybrid',
        onlineUrl: 'https://m.example.org',
        latitude: -33.87,
        longitude: 151.21,
      }),
    ]
    const collection = buildEventsGeoJson(
      events.flatMap((e) => expandOccurrences(e)),
      'https://space.example.org',
    )
    expect(() => check(JSON.stringify(collection))).not.toThrow()
    expect(collection.features.map((f) => f.id)).toEqual([1, 3])
    expect(collection.features[0].geometry.coordinates).toEqual([13.405, 52.52])
    expect(collection.features[0].properties.occurrences).toHaveLength(3)
    expect(collection.features[1].properties).toMatchObject({
      format: 'hybrid',
      onlineUrl: 'https://m.example.org',
      url: 'https://space.example.org/events/hybrid',
    })
  })
})
