// The event page as the site renders it, from a real Payload: the rich-text description, a
// small map of the place when the event has coordinates, and where to go (venue, online link).
import { renderToStaticMarkup } from 'react-dom/server'
import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import { setRunningPayload } from '@/src/site/runningPayload'
import { siteCache } from '@/src/site/siteCache'
import { allowSiteReadsOutsideNext } from '@/tests/helpers/outsideNextRequests'

await allowSiteReadsOutsideNext()
const { default: EventPage } = await import('@/src/app/(frontend)/events/[slug]/page')

const space = bootForSuite(() => bootSpace())

beforeAll(async () => {
  setRunningPayload(space.payload)
})

const createEvent = (data: Record<string, unknown>) =>
  space.payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      publication: 'published',
      start: '2030-03-17T18:00:00.000Z',
      end: '2030-03-17T20:00:00.000Z',
      timezone: 'Europe/Berlin',
      ...data,
    } as never,
  })

const render = async (slug: string) =>
  renderToStaticMarkup(await EventPage({ params: Promise.resolve({ slug }) }))

describe('the event page', () => {
  it('renders the description, a small map of the place, the venue and the online link of a hybrid event', async () => {
    const event = await createEvent({
      title: 'Climate assembly',
      format: 'hybrid',
      venue: 'Town hall',
      city: 'Berlin',
      country: 'Germany',
      latitude: 52.52,
      longitude: 13.405,
      onlineUrl: 'https://meet.example.org/assembly',
      description: lexicalDocument([
        headingNode('What to bring'),
        paragraphNode('Bring a friend and a cup.'),
      ]),
    })
    const html = await render(event.slug)
    expect(html).toContain('<h2>What to bring</h2>')
    expect(html).toContain('Bring a friend and a cup.')
    expect(html).toMatch(
      /<div class="map map--small" role="region" aria-label="Map: Town hall, Berlin, Germany"/,
    )
    expect(html).toMatch(/<dt>Where<\/dt><dd>Town hall, Berlin, Germany<\/dd>/)
    expect(html).toMatch(
      /<dt>Online<\/dt><dd><a href="https:\/\/meet.example.org\/assembly">Join online<\/a> <span class="meta">\(meet.example.org\)<\/span><\/dd>/,
    )
  })

  it('shows no map for an online event, only where to join it', async () => {
    const event = await createEvent({
      title: 'Online organisers call',
      format: 'online',
      onlineUrl: 'https://call.example.org/x',
    })
    const html = await render(event.slug)
    expect(html).not.toContain('role="region"')
    expect(html).not.toContain('<dt>Where</dt>')
    expect(html).toContain('<a href="https://call.example.org/x">Join online</a>')
  })

  it('shows no map for an in-person event when it has no coordinates yet (validateEvent requires them on save)', async () => {
    const event = await createEvent({
      title: 'Picnic in the park',
      format: 'in_person',
      city: 'Nairobi',
      latitude: -1.29,
      longitude: 36.82,
      status: 'cancelled',
    })
    // Coordinates written before validation existed, or removed by code: the page still renders.
    await space.payload.db.updateOne({
      collection: 'events',
      id: event.id,
      data: { latitude: null, longitude: null },
    })
    siteCache.clear()
    const html = await render(event.slug)
    expect(html).toContain('<h1>Cancelled: Picnic in the park</h1>')
    expect(html).toContain('<dt>Where</dt><dd>Nairobi</dd>')
    expect(html).not.toContain('role="region"')
  })
})
