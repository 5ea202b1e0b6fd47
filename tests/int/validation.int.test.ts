// Bad input answers 400 naming the field, and writes nothing: every collection's count
// (and the stories' revisions) is the same before and after.
import type { CollectionSlug } from 'payload'
import { api, fieldErrors } from '../helpers/users'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

const event = {
  title: 'Community assembly',
  start: '2031-06-01T16:00:00Z',
  end: '2031-06-01T18:00:00Z',
  timezone: 'Europe/Berlin',
  format: 'in_person',
  latitude: 52.52,
  longitude: 13.405,
}

// prettier-ignore
const badCreates: Array<[string, CollectionSlug, Record<string, unknown>, string[]]> = [
  ['an invalid start date',                   'events',  { ...event, start: 'next tuesday' },                                 ['start']],
  ['an impossible end date',                  'events',  { ...event, end: '2031-13-45T25:00:00Z' },                          ['end']],
  ['an end before the start',                 'events',  { ...event, end: '2031-06-01T15:00:00Z' },                          ['end']],
  ['an end equal to the start',               'events',  { ...event, end: event.start },                                     ['end']],
  ['an unknown time zone',                    'events',  { ...event, timezone: 'Mars/Olympus_Mons' },                        ['timezone']],
  ['an offset instead of a time zone',        'events',  { ...event, timezone: '+02:00' },                                   ['timezone']],
  ['a latitude above 90',                     'events',  { ...event, latitude: 91 },                                         ['latitude']],
  ['a longitude below -180',                  'events',  { ...event, longitude: -180.5 },                                    ['longitude']],
  ['an in-person event without coordinates',  'events',  { ...event, latitude: undefined, longitude: undefined },            ['latitude', 'longitude']],
  ['a hybrid event without an online URL',    'events',  { ...event, format: 'hybrid' },                                     ['onlineUrl']],
  ['a recurrence that is not an RRULE',       'events',  { ...event, recurrence: 'every other week' },                       ['recurrence']],
  ['a daily recurrence',                      'events',  { ...event, recurrence: 'FREQ=DAILY;COUNT=5' },                     ['recurrence']],
  ['a recurrence that never ends',            'events',  { ...event, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },                   ['recurrence']],
  ['a registration URL that is not a URL',    'events',  { ...event, registrationUrl: 'sign up at the door' },               ['registrationUrl']],
  ['an event title over 255 characters',      'events',  { ...event, title: 'x'.repeat(256) },                               ['title']],
  ['a story title over 255 characters',       'stories', { title: 'é'.repeat(256) },                                         ['title']],
  ['a story slug already taken',              'stories', { title: 'Another story', slug: 'taken-slug' },                     ['slug']],
  ['a story slug with spaces',                'stories', { title: 'Another story', slug: 'Not A Slug' },                     ['slug']],
  ['an unknown story status',                 'stories', { title: 'Odd status', status: 'lost' },                            ['status']],
  ['a category slug already taken',           'categories', { name: 'News again', slug: 'news' },                            ['slug']],
  ['an unknown role',                         'users',   { email: 'x@example.test', password: 'long-enough-1', name: 'X', roles: ['superuser'] }, ['roles']],
]

describe('bad input', () => {
  const { space, users } = bootWithUsers()
  beforeAll(async () => {
    await space.payload.create({
      collection: 'stories',
      data: { title: 'Taken', slug: 'taken-slug', status: 'draft' },
      overrideAccess: true,
    })
  })

  /** Every collection's document count plus the stories' and events' revisions: "nothing half-written". */
  const snapshot = async () => {
    const counts: Record<string, number> = {}
    for (const collection of [
      'stories',
      'events',
      'users',
      'categories',
      'editorial-templates',
      'media',
    ] as const)
      counts[collection] = (
        await space.payload.count({ collection, overrideAccess: true })
      ).totalDocs
    for (const collection of ['stories', 'events'] as const)
      counts[`${collection} versions`] = (
        await space.payload.countVersions({ collection })
      ).totalDocs
    return counts
  }

  it.each(badCreates)(
    'refuses %s with a 400 naming it',
    async (_label, collection, data, paths) => {
      const before = await snapshot()
      const res = await api(space.url, users.admin, 'POST', `/api/${collection}`, data)
      expect(res.status).toBe(400)
      expect(
        fieldErrors(res.body)
          .map((e) => e.path)
          .sort(),
      ).toEqual([...paths].sort())
      expect(fieldErrors(res.body).every((e) => e.message.length > 0)).toBe(true)
      expect(await snapshot()).toEqual(before)
    },
  )

  it('refuses an update that puts the end before the start, and keeps the event as it was', async () => {
    const created = await space.payload.create({
      collection: 'events',
      data: event as never,
      overrideAccess: true,
    })
    const before = await snapshot()
    const res = await api(space.url, users.editor, 'PATCH', `/api/events/${created.id}`, {
      end: '2031-05-31T10:00:00Z',
      venue: 'Town hall',
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['end'])
    const after = await space.payload.findByID({
      collection: 'events',
      id: created.id,
      overrideAccess: true,
    })
    expect(after).toMatchObject({
      end: '2031-06-01T18:00:00.000Z',
      venue: null,
      updatedAt: created.updatedAt,
    })
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a malformed JSON body with a 400 saying so', async () => {
    const before = await snapshot()
    for (const [method, path] of [
      ['POST', '/api/stories'],
      ['PATCH', '/api/categories/1'],
    ]) {
      const res = await fetch(`${space.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${users.admin.token}` },
        body: '{"title": "Half a story", ',
      })
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
    }
    expect(await snapshot()).toEqual(before)
  })
})
