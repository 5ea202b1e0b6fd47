// Issue 4's proof: hundreds of publish/edit/unpublish operations while the forum misbehaves
// (5xx bursts, a 429 episode, latency, creates committed but unanswered) and the worker
// process is killed and restarted mid-run. At the end every story's topic matches it.
import { jest } from '@jest/globals'
import { bootWithSimulator, type SpaceWithSimulator } from '@/harness/bootSpace'
import { injectFaults } from '@/tests/helpers/simulatorFaults'
import { firstPostRaw } from '@/tests/helpers/simulatorTopics'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { startProduct, type ProductProcess } from '@/harness/startProduct'
import { waitForEmptyOutbox } from '@/tests/int/production/productionCluster'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { renderStoryTopic } from '@/bridge/sync/renderStoryTopic'
import { bridgeSettings } from '@/bridge/bridgeSettings'

const STORIES = 40
const OPERATIONS = 220
// Only stops a run that hangs: every wait below waits for the outbox or the forum, not a clock.
jest.setTimeout(1_200_000)

let space: SpaceWithSimulator
let worker: ProductProcess
let workerEnv: Record<string, string>

// A seeded generator (mulberry32), so a failure can be replayed.
const rng = (() => {
  let a = 20261125
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
})()
const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)]!

beforeAll(async () => {
  space = await bootWithSimulator({
    DISCOURSE_SYNC_MAX_ATTEMPTS: '50',
    DISCOURSE_SYNC_RETRY_BASE_MS: '50',
  })
  await setRateLimit(50) // Discourse's admin-key limiter, a little below its default of 60 a minute
  workerEnv = {
    DATABASE_URL: space.env.DATABASE_URL,
    PAYLOAD_SECRET: space.env.PAYLOAD_SECRET,
    DISCOURSE_URL: space.simulator.url,
    DISCOURSE_API_KEY: 'simulator-key',
    DISCOURSE_SYNC_COALESCE_MS: '200',
    DISCOURSE_SYNC_MAX_ATTEMPTS: '50',
    DISCOURSE_SYNC_RETRY_BASE_MS: '50',
    DISCOURSE_TIMEOUT_MS: '1500',
    // Above the forum's own limit (below), so the forum answers some requests with its 429.
    DISCOURSE_MAX_REQUESTS_PER_MINUTE: '600',
    SYNC_JOB_LEASE_MS: '3000',
    SYNC_SWEEP_INTERVAL_MS: '1000',
  }
})
afterAll(async () => {
  await worker?.kill()
  await space?.close()
})

const setRateLimit = (max: number) =>
  controlFetch(`${space.simulator.url}/__simulator/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ max_admin_api_reqs_per_minute: max }),
  })

it('keeps exactly one up-to-date topic per story through faults and a killed worker', async () => {
  worker = await startProduct({ role: 'worker', env: workerEnv })
  const ids: Array<number | string> = []
  let killed = false
  let throttled = false
  const rateLimitedSoFar = () => space.simulator.requests().some((r) => r.status === 429)
  for (let op = 0; op < OPERATIONS; op++) {
    // Editors' pace, so the worker syncs while the operations go on.
    await new Promise((r) => setTimeout(r, 40))
    // Weather on the forum: a new fault every few operations.
    // One-shot faults (5xx, drops) wait until a request uses them; latency comes and goes.
    if (op % 7 === 0) {
      await injectFaults(space.simulator, { latencyMs: 0 })
      // Every kind of weather comes round in turn, so each run meets all of them.
      const weather = (['5xx', 'latency', 'drop', 'calm'] as const)[(op / 7) % 4]
      if (weather === '5xx')
        await injectFaults(space.simulator, {
          failNext: 1 + Math.floor(rng() * 3),
          status: pick([500, 502, 503] as const),
        })
      if (weather === 'latency')
        await injectFaults(space.simulator, { latencyMs: 100 + Math.floor(rng() * 300) })
      if (weather === 'drop') await injectFaults(space.simulator, { dropAfterCommitNext: 1 })
    }
    // A 429 episode that does not depend on the machine's speed: the forum's limit drops far
    // below the worker's pace until the forum has refused a request, then comes back.
    if (op === 90) throttled = await setRateLimit(3).then(() => true)
    if (throttled && rateLimitedSoFar()) throttled = await setRateLimit(50).then(() => false)
    if (op === 120 && !killed) {
      killed = true
      await worker.kill('SIGKILL')
      await new Promise((r) => setTimeout(r, 1000))
      worker = await startProduct({ role: 'worker', env: workerEnv })
    }
    if (ids.length < STORIES && (ids.length < 5 || rng() < 0.3)) {
      const n = ids.length
      const doc = await space.payload.create({
        collection: 'stories',
        overrideAccess: true,
        data: {
          title: `Story number ${n} from the field`,
          body: lexicalDocument([
            paragraphNode(`First draft of story ${n}, written by volunteers.`),
          ]),
          status: 'published',
        } as never,
      })
      ids.push(doc.id)
      continue
    }
    const id = pick(ids)
    const action = pick(['edit', 'edit', 'retitle', 'unpublish', 'republish'])
    const data =
      action === 'edit'
        ? {
            body: lexicalDocument([
              paragraphNode(`Revision ${op} of this story, with new details from the field.`),
            ]),
          }
        : action === 'retitle'
          ? { title: `Story ${id} from the field, revision ${op}` }
          : action === 'unpublish'
            ? { status: 'archived' }
            : { status: 'published' }
    const current = await space.payload.findByID({
      collection: 'stories',
      id,
      overrideAccess: true,
      depth: 0,
    })
    if (action === 'unpublish' && current.status !== 'published') continue
    if (action === 'republish' && current.status !== 'archived') continue
    await space.payload.update({
      collection: 'stories',
      id,
      overrideAccess: true,
      data: data as never,
    })
  }
  // Latency off; one-shot faults still pending are met by the drain below.
  await injectFaults(space.simulator, { latencyMs: 0 })
  for (const until = Date.now() + 300_000; throttled && !rateLimitedSoFar() && Date.now() < until;)
    await new Promise((r) => setTimeout(r, 100))
  if (throttled) await setRateLimit(50)

  // Wait until the outbox is empty: nothing pending, no job left.
  await waitForEmptyOutbox(space.payload, {
    timeoutMs: 600_000,
    alive: () =>
      worker.child.exitCode !== null
        ? `the worker exited with ${worker.child.exitCode}:\n${worker.output().slice(-4000)}`
        : null,
  }).catch((err: Error) => {
    throw new Error(`${err.message}\n${worker.output().slice(-4000)}`)
  })

  const settings = bridgeSettings(space.env)
  const stories = await space.payload.find({
    collection: 'stories',
    overrideAccess: true,
    depth: 1,
    pagination: false,
  })
  expect(stories.docs).toHaveLength(STORIES)
  const liveTopics = [...space.simulator.state.topics.values()].filter((t) => !t.deleted_at)
  const byExternalId = new Map<string, number>()
  for (const t of liveTopics)
    if (t.external_id) byExternalId.set(t.external_id, (byExternalId.get(t.external_id) ?? 0) + 1)
  expect([...byExternalId.values()].every((n) => n === 1)).toBe(true)
  const linked = stories.docs.filter((s) => s.discourse?.topicId)
  expect(liveTopics).toHaveLength(linked.length)
  for (const story of stories.docs) {
    const d = story.discourse!
    expect(d.syncState).toBe('synced')
    // A story unpublished before its first sync never needed a topic.
    if (!d.topicId) {
      expect(story.status).toBe('archived')
      continue
    }
    const topic = space.simulator.state.topics.get(d.topicId!)!
    expect(topic.external_id).toBe(d.externalId)
    const desired = renderStoryTopic(story, settings)
    expect(topic.title).toBe(desired.title)
    expect(topic.visible).toBe(desired.visible)
    expect(firstPostRaw(space.simulator, topic.id)).toBe(desired.raw)
  }
  expect(
    stories.docs.filter((s) => s.status === 'published').every((s) => s.discourse?.topicId),
  ).toBe(true)
  const statuses = space.simulator
    .requests()
    .reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [String(r.status)]: (acc[String(r.status)] ?? 0) + 1 }),
      {},
    )
  // The forum really misbehaved: its 429s, 5xx answers, and writes committed but unanswered (null).
  expect(statuses).toMatchObject({ '429': expect.any(Number), null: expect.any(Number) })
  expect(Object.keys(statuses).some((s) => s.startsWith('5'))).toBe(true)
})
