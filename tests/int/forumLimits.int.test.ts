// The forum's own topic rules are checked when a person submits or publishes (400 naming the
// field), from known limits: never by asking the forum, never for a draft; a title another
// topic has is the bridge's to number, not a refusal. Code writes (seeds, the bridge) stay trusted, so the demo seed's own data
// must pass: a fresh demo syncs with no failure.
import { bootWithSimulator, drainSyncQueue, type SpaceWithSimulator } from '@/harness/bootSpace'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'
import { clearFaults, injectFaults } from '../helpers/simulatorFaults'
import { clearRequestLog } from '../helpers/simulatorTopics'
import { controlFetch } from '../helpers/controlFetch'
import { api, createUsersPerRole, fieldErrors, type Callers } from '../helpers/users'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { seedDemo } from '@/seed/seedDemo'
import { demoStories } from '@/seed/demoStories'
import { demoEvents } from '@/seed/demoEvents'

const body = (text: string) => lexicalDocument([paragraphNode(text)])
const event = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  start: '2031-05-01T10:00:00.000Z',
  end: '2031-05-01T12:00:00.000Z',
  timezone: 'Africa/Lagos',
  format: 'online',
  onlineUrl: 'https://meet.example.org/open-day',
  ...extra,
})

describe('forum rules at submit and publish (Discourse defaults)', () => {
  const { space, users } = bootWithUsers(() => bootWithSimulator())
  beforeEach(async () => {
    await clearFaults(space.simulator)
  })

  const read = (id: number) =>
    space.payload.findByID({ collection: 'stories', id, overrideAccess: true, depth: 0 })

  it('saves a draft with a title the forum would refuse, and refuses submitting it with a 400 naming title', async () => {
    const draft = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'Lagos open day',
      body: body('Notes to finish later.'),
    })
    expect(draft.status).toBe(201)
    const submitted = await api(
      space.url,
      users.contributor,
      'PATCH',
      `/api/stories/${draft.body.doc.id}`,
      { status: 'submitted' },
    )
    expect(submitted.status).toBe(400)
    expect(fieldErrors(submitted.body)).toEqual([
      {
        path: 'title',
        message: 'The forum needs a title of at least 15 characters; this one has 14.',
      },
    ])
    expect((await read(draft.body.doc.id)).status).toBe('draft')
    // Fixed, it goes through.
    const fixed = await api(
      space.url,
      users.contributor,
      'PATCH',
      `/api/stories/${draft.body.doc.id}`,
      { title: 'Lagos community open day', status: 'submitted' },
    )
    expect(fixed.status).toBe(200)
  })

  it('refuses an editor publishing a short title (also straight from a new draft), and writes nothing', async () => {
    const created = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'Too short',
      status: 'published',
    })
    expect(created.status).toBe(400)
    expect(fieldErrors(created.body).map((e) => e.path)).toEqual(['title'])
    expect(
      (
        await space.payload.count({
          collection: 'stories',
          where: { title: { equals: 'Too short' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('accepts a title another topic already has: the bridge gives the forum topic a numbered title', async () => {
    await space.payload.create({
      collection: 'stories',
      data: { title: 'Solar co-op opens in Accra', status: 'published' } as never,
      overrideAccess: true,
    })
    const twin = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'solar co-op opens in accra',
    })
    expect(twin.status).toBe(201)
    const submitted = await api(
      space.url,
      users.contributor,
      'PATCH',
      `/api/stories/${twin.body.doc.id}`,
      { status: 'submitted' },
    )
    expect(submitted.status).toBe(200)
    const published = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'Solar co-op opens in Accra',
      status: 'published',
    })
    expect(published.status).toBe(201)
  })

  it('lets a published story be edited and republished under its own title', async () => {
    const created = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'Seed library opens in Kigali',
      status: 'published',
    })
    expect(created.status).toBe(201)
    const edited = await api(
      space.url,
      users.editor,
      'PATCH',
      `/api/stories/${created.body.doc.id}`,
      { summary: 'Now with opening hours.' },
    )
    expect(edited.status).toBe(200)
  })

  it('holds events to the same rules when staff publish them, never their drafts', async () => {
    const draft = await api(space.url, users.contributor, 'POST', '/api/events', event('Open day'))
    expect(draft.status).toBe(201)
    const published = await api(
      space.url,
      users.editor,
      'PATCH',
      `/api/events/${draft.body.doc.id}`,
      { publication: 'published' },
    )
    expect(published.status).toBe(400)
    expect(fieldErrors(published.body).map((e) => e.path)).toEqual(['title'])
    // "Cancelled: " counts toward the forum's 255 characters.
    const long = await api(space.url, users.editor, 'POST', '/api/events', {
      ...event('A'.repeat(250)),
      status: 'cancelled',
      publication: 'published',
    })
    expect(long.status).toBe(400)
    expect(fieldErrors(long.body)).toEqual([
      {
        path: 'title',
        message: 'The forum takes titles of at most 255 characters; this one has 261.',
      },
    ])
  })

  it('never asks the forum while saving: drafts, submissions and publications go through with the forum down', async () => {
    await injectFaults(space.simulator, { down: true })
    await clearRequestLog(space.simulator)
    const draft = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'Short',
    })
    expect(draft.status).toBe(201)
    const story = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'Bike repair workshop in Dakar',
      status: 'submitted',
    })
    expect(story.status).toBe(201)
    const published = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'Community fridge opens in Lima',
      status: 'published',
    })
    expect(published.status).toBe(201)
    expect(space.simulator.requests().filter((r) => !r.path.startsWith('/__simulator'))).toEqual([])
  })

  it('seeds a demo whose every story and event the forum accepts', async () => {
    const now = new Date('2026-11-25T12:00:00Z')
    await seedDemo(space.payload, now)
    await drainSyncQueue(space.payload)
    const states = async (collection: 'stories' | 'events', titles: string[]) =>
      (
        await space.payload.find({
          collection,
          where: { title: { in: titles } },
          overrideAccess: true,
          depth: 0,
          limit: 50,
        })
      ).docs.map(
        (d) =>
          `${d.title}: ${d.discourse?.syncState}${d.discourse?.lastError ? ` (${d.discourse.lastError})` : ''}`,
      )
    const eventTitles = demoEvents(now).map((e) => e.title)
    expect(await states('events', eventTitles)).toEqual(
      expect.arrayContaining(eventTitles.map((t) => `${t}: synced`)),
    )
    const storyStates = await states(
      'stories',
      demoStories.map((s) => s.title),
    )
    expect(storyStates.filter((s) => /: failed/.test(s))).toEqual([])
  })
})

describe('forum rules from configuration', () => {
  let space: SpaceWithSimulator
  let users: Callers
  beforeAll(async () => {
    // A forum that wants longer first posts: Space is told the same number the forum uses.
    space = await bootWithSimulator({ DISCOURSE_MIN_FIRST_POST_LENGTH: '300' })
    const res = await controlFetch(`${space.simulator.url}/__simulator/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ min_first_post_length: 300 }),
    })
    expect(res.ok).toBe(true)
    users = await createUsersPerRole(space.payload, space.url)
  })
  afterAll(async () => {
    await space?.close()
  })

  it('refuses publishing a story whose forum post would be too short, naming body', async () => {
    const res = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'A short note from Quito',
      body: body('Just a line.'),
      status: 'published',
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual([
      {
        path: 'body',
        message: expect.stringMatching(
          /^The forum needs a first post of at least 300 characters; this one has \d+\.$/,
        ),
      },
    ])
  })

  it('publishes a long enough story, which the forum then takes', async () => {
    const res = await api(space.url, users.editor, 'POST', '/api/stories', {
      title: 'A long letter from Quito',
      body: body('Word '.repeat(80).trim()),
      status: 'published',
    })
    expect(res.status).toBe(201)
    await drainSyncQueue(space.payload)
    const doc = await space.payload.findByID({
      collection: 'stories',
      id: res.body.doc.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.discourse?.syncState).toBe('synced')
  })
})
