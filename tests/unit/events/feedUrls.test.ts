// Feeds hand stored URLs on to calendar apps, map popups and other sites: a URL written before
// the save check (or straight into the database) that is not absolute http(s) never leaves.
import { buildEventsGeoJson } from '@/events/buildEventsGeoJson'
import { buildEventListing } from '@/events/buildEventListing'
import { buildIcsCalendar } from '@/events/buildIcsCalendar'
import { expandOccurrences } from '@/events/expandOccurrences'
import { feedEventFixture } from './feedEventFixture'

const hostile = feedEventFixture({
  format: 'hybrid',
  onlineUrl: 'javascript:alert(document.cookie)',
  registrationUrl: 'data:text/html,<script>alert(1)</script>',
})
const fine = feedEventFixture({
  id: 2,
  slug: 'fine',
  format: 'hybrid',
  onlineUrl: 'https://meet.example.org/x',
  registrationUrl: 'https://example.org/register',
})

describe('event feeds and stored URLs', () => {
  it('drops unsafe URLs from GeoJSON and the JSON listing, keeping safe ones', () => {
    const occurrences = [hostile, fine].flatMap((e) => expandOccurrences(e))
    const geo = buildEventsGeoJson(occurrences, 'https://space.example.org')
    expect(geo.features.map((f) => [f.properties.onlineUrl, f.properties.registrationUrl])).toEqual(
      [
        [null, null],
        ['https://meet.example.org/x', 'https://example.org/register'],
      ],
    )
    const listing = buildEventListing(
      occurrences,
      { when: 'all' } as never,
      'https://space.example.org',
    )
    const text = JSON.stringify(listing)
    expect(text).not.toContain('javascript:')
    expect(text).not.toContain('data:text')
    expect(text).toContain('https://meet.example.org/x')
  })

  it('leaves unsafe URLs out of the iCalendar description', () => {
    const ics = buildIcsCalendar([hostile, fine], {
      publicUrl: 'https://space.example.org',
      name: 'Events',
    })
    expect(ics).not.toContain('javascript:')
    expect(ics).not.toContain('data:text')
    expect(ics).toContain('meet.example.org/x')
  })
})
