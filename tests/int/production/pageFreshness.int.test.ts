// No stale page after a change (issue 17): the public pages come from the site cache, and each
// change shows at the next request on every page that shows what it touched, while the pages
// that do not show it stay cached. Two processes, as production runs them: a web process
// serving the pages and a worker writing the forum's counts, so a change made in one process
// reaches the other's cache through the database. Signed-in answers are never kept for readers.
import { jest } from '@jest/globals'
import { startSimulator, type Simulator } from '@/simulator'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { ensureBuild, startProduct, type ProductProcess } from '@/harness/startProduct'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { createUser, type TestUser } from '@/tests/helpers/users'
import { eventually } from '@/tests/helpers/eventually'
import { JOBS_COLLECTION } from '@/bridge/outbox/jobs'
import { PUBLIC_ROUTES } from '@/src/server/warmPages'

// Only stops a test that hangs: the waits below wait for states.
jest.setTimeout(900_000)

const WEBHOOK_SECRET = 'freshness-webhook-secret'

const pageMisses = async () =>
  (
    (await fetch(`${web.url}/healthz`).then((r) => r.json())) as {
      cache: { kinds: Record<string, { misses: number }> }
    }
  ).cache.kinds.page?.misses ?? 0

const warm = async () =>
  (
    (await fetch(`${web.url}/healthz`).then((r) => r.json())) as {
      warm: { busy: boolean; queued: number; startupDone: boolean }
    }
  ).warm

let simulator: Simulator
let space: BootedSpace
let web: ProductProcess
let worker: ProductProcess
let admin: TestUser

const sharedEnv = () => ({
  DATABASE_URL: space.env.DATABASE_URL,
  PAYLOAD_SECRET: space.env.PAYLOAD_SECRET,
  PUBLIC_URL: 'http://space.test',
  DISCOURSE_URL: simulator.url,
  DISCOURSE_API_KEY: 'simulator-key',
  DISCOURSE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_ACTIVITY_COALESCE_MS: '0',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
})

type Page = { status: number; cache: string | null; text: string }

const get = async (path: string, headers: Record<string, string> = {}): Promise<Page> => {
  const res = await fetch(`${web.url}${path}`, { headers })
  return { status: res.status, cache: res.headers.get('x-space-cache'), text: await res.text() }
}

/**
 * Asks for every path twice: the second answer must come from the cache. First it waits for
 * the bridge to settle: an edit's sync, and the webhook refreshes that follow it, are content
 * changes that arrive later on a busy machine and would drop a page between the two reads.
 */
const expectCached = async (paths: string[]) => {
  await bridgeSettled()
  for (const path of paths) {
    expect({ path, status: (await get(path)).status }).toEqual({ path, status: 200 })
    expect({ path, cache: (await get(path)).cache }).toEqual({ path, cache: 'hit' })
  }
}

const rest = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${web.url}/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as { doc: Record<string, unknown> }
  if (!res.ok) throw new Error(`${method} /api/${path} answered ${res.status}`)
  return json.doc
}

const firstAnswers: Array<{ path: string; cache: string | null }> = []
let storyId: number
let otherSlug: string
let eventId: number
let categoryId: number

beforeAll(async () => {
  ensureBuild()
  simulator = await startSimulator({ port: 0, apiKey: 'simulator-key', logger: false })
  // This process creates the schema, then only reads; the web and worker processes do the rest.
  space = await bootSpace({ DISCOURSE_URL: simulator.url, DISCOURSE_API_KEY: 'simulator-key' })
  web = await startProduct({ role: 'web', env: sharedEnv() })
  worker = await startProduct({ role: 'worker', env: sharedEnv() })
  simulator.setWebhook({ url: `${web.url}/api/discourse/webhook`, secret: WEBHOOK_SECRET })
  // Before any content: the public routes are rendered ahead after start.
  await eventually('the public routes rendered after start', async () => (await warm()).startupDone)
  for (const path of PUBLIC_ROUTES) firstAnswers.push({ path, cache: (await get(path)).cache })
  admin = await createUser(space.payload, web.url, ['admin'])
  const category = await rest('POST', 'categories', { name: 'Rivers', slug: 'rivers' })
  categoryId = category.id as number
  const story = await rest('POST', 'stories', {
    title: 'Volunteers clean the Nairobi river',
    summary: 'Two hundred people, one Saturday.',
    body: lexicalDocument([paragraphNode('They filled forty bags.')]),
    category: categoryId,
    tags: ['river care'],
    status: 'published',
  })
  storyId = story.id as number
  const other = await rest('POST', 'stories', {
    title: 'A library of tools opens on Mill Street',
    body: lexicalDocument([paragraphNode('Drills, ladders and a lawnmower.')]),
    status: 'published',
  })
  otherSlug = other.slug as string
  const start = new Date(Date.now() + 86_400_000)
  const event = await rest('POST', 'events', {
    title: 'River clean-up planning call',
    publication: 'published',
    start: start.toISOString(),
    end: new Date(start.getTime() + 3_600_000).toISOString(),
    timezone: 'Africa/Nairobi',
    format: 'online',
    onlineUrl: 'https://meet.example.org/river',
  })
  eventId = event.id as number
  // The worker's topic links are content changes too: the pages are read once they are written.
  await eventually('the stories and the event linked', async () => {
    const linked = await Promise.all([
      topicOf('stories', storyId),
      topicOf('stories', other.id as number),
      topicOf('events', eventId),
    ])
    return linked.every(Boolean)
  })
  await bridgeSettled()
})

/**
 * Waits until the forum's webhooks are delivered, the outbox is empty and the web process has
 * applied every change: the counts those webhooks have the worker refresh arrived, on a busy
 * machine, after the outbox had first emptied.
 */
const bridgeSettled = async () => {
  await eventually('the webhooks delivered and the outbox empty', async () => {
    await simulator.webhooksIdle()
    const { totalDocs } = await space.payload.count({
      collection: JOBS_COLLECTION,
      overrideAccess: true,
    })
    return totalDocs === 0
  })
  await changesReachedWeb()
}

/** Waits until the web process has applied every change any process has shared so far. */
const changesReachedWeb = async () => {
  const { docs } = await space.payload.db.find({
    collection: 'payload-kv',
    where: { key: { contains: 'content-changes:' } },
    limit: 0,
    pagination: false,
  })
  const rows = docs as unknown as Array<{ key: string; data: { seq: number } }>
  await eventually('the web process has applied the changes', async () => {
    const { contentChanges } = (await fetch(`${web.url}/healthz`).then((r) => r.json())) as {
      contentChanges: Record<string, number>
    }
    return rows.every(({ key, data }) => (contentChanges[key] ?? -1) >= data.seq)
  })
}

const topicOf = async (collection: 'stories' | 'events', id: number) =>
  (await space.payload.findByID({ collection, id, overrideAccess: true })).discourse?.topicId

afterAll(async () => {
  await web?.kill('SIGKILL')
  await worker?.kill('SIGKILL')
  await space?.close()
  await simulator?.close()
})

it("each public route's first request after start is answered from a page rendered ahead", () => {
  expect(firstAnswers).toEqual(PUBLIC_ROUTES.map((path) => ({ path, cache: 'hit' })))
})

const storyPages = [
  '/',
  '/stories',
  '/stories?category=rivers',
  '/stories/volunteers-clean-the-nairobi-river',
  '/tags/river%20care',
  '/feed.xml',
  '/categories/rivers/feed.xml',
]

it('an edit shows at once on every page that shows the story, and only those render again', async () => {
  await expectCached([...storyPages, `/stories/${otherSlug}`])
  await rest('PATCH', `stories/${storyId}`, { title: 'Volunteers clean the whole Nairobi river' })
  for (const path of storyPages)
    expect({ path, shows: (await get(path)).text.includes('clean the whole Nairobi') }).toEqual({
      path,
      shows: true,
    })
  expect((await get(`/stories/${otherSlug}`)).cache).toBe('hit')
})

it("the forum's counts, written by the worker, show on the story's page at the next request", async () => {
  const path = '/stories/volunteers-clean-the-nairobi-river'
  await expectCached([path])
  const { discourse } = await space.payload.findByID({
    collection: 'stories',
    id: storyId,
    overrideAccess: true,
  })
  await controlFetch(`${simulator.url}/__simulator/topics/${discourse!.topicId}/activity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replies: 2 }),
  })
  await eventually(
    'the worker wrote the reply count',
    async () =>
      (await space.payload.findByID({ collection: 'stories', id: storyId, overrideAccess: true }))
        .discourse?.replyCount === 2,
  )
  // The web process learns of the worker's write through the database, within its poll.
  await eventually('the page shows the replies', async () =>
    (await get(path)).text.includes('2 replies'),
  )
  expect((await get(`/stories/${otherSlug}`)).cache).toBe('hit')
})

it("a category's new name shows on its stories' pages and the lists, rendered before the next reader", async () => {
  const pages = ['/stories/volunteers-clean-the-nairobi-river', '/stories']
  await expectCached(pages)
  const before = await pageMisses()
  await rest('PATCH', `categories/${categoryId}`, { name: 'Rivers and lakes' })
  // Readers had come back to both pages: the warmer renders them again without being asked.
  await eventually('the pages rendered again', async () => {
    const { busy, queued } = await warm()
    return !busy && queued === 0 && (await pageMisses()) >= before + 2
  })
  for (const path of pages) {
    const page = await get(path)
    expect({ path, cache: page.cache }).toEqual({ path, cache: 'hit' })
    expect(page.text).toContain('Rivers and lakes')
  }
})

it('a story is rendered when it is published, before its first reader asks', async () => {
  const story = await rest('POST', 'stories', {
    title: 'Seed swap at the community garden',
    body: lexicalDocument([paragraphNode('Bring seeds, take seeds.')]),
    status: 'published',
  })
  const path = `/stories/${story.slug as string}`
  // Its sync links a topic (a change, so another rendering): wait for all of it to be over.
  await bridgeSettled()
  await eventually('the warmer idle', async () => {
    const { busy, queued } = await warm()
    return !busy && queued === 0
  })
  const first = await get(path)
  expect(first).toMatchObject({ status: 200, cache: 'hit' })
  expect(first.text).toContain('Bring seeds, take seeds.')
})

it("an event's change shows on the home page, the calendar list and its own page", async () => {
  const pages = ['/', '/events?view=list', '/events/river-clean-up-planning-call']
  await expectCached(pages)
  await rest('PATCH', `events/${eventId}`, { title: 'River clean-up: the planning call' })
  for (const path of pages)
    expect((await get(path)).text).toContain('River clean-up: the planning call')
  const feed = await fetch(`${web.url}/api/events/listing`).then((r) => r.text())
  expect(feed).toContain('River clean-up: the planning call')
})

it('an event that ends leaves the upcoming list when it ends, with no change to any document', async () => {
  const end = Date.now() + 6_000
  await rest('POST', 'events', {
    title: 'A short stand-up about buckets',
    publication: 'published',
    start: new Date(end - 3_600_000).toISOString(),
    end: new Date(end).toISOString(),
    timezone: 'UTC',
    format: 'online',
    onlineUrl: 'https://meet.example.org/buckets',
  })
  expect((await get('/events?view=list')).text).toContain('A short stand-up about buckets')
  expect((await get('/events?view=list')).cache).toBe('hit')
  await eventually('the sitting is over', async () => Date.now() > end + 50)
  expect((await get('/events?view=list')).text).not.toContain('A short stand-up about buckets')
})

it('never keeps what a signed-in visitor was sent, nor sends them the readers’ copy', async () => {
  const path = '/stories/volunteers-clean-the-nairobi-river?from=signed-in'
  const signedIn = await get(path, { cookie: `payload-token=${admin.token}` })
  expect(signedIn.status).toBe(200)
  expect(signedIn.cache).toBeNull()
  expect((await get(path)).cache).toBe('miss')
  expect((await get(path)).cache).toBe('hit')
  expect((await get(path, { authorization: `JWT ${admin.token}` })).cache).toBeNull()
  const stats = (await fetch(`${web.url}/healthz`).then((r) => r.json())) as {
    cache: { kinds: Record<string, { hits: number; misses: number }> }
  }
  expect(stats.cache.kinds.page!.hits).toBeGreaterThan(0)
})
