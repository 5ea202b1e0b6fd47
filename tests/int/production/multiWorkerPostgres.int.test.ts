// Issue 9's proof for scaling out: one web process and two worker processes on one Postgres,
// 300 stories published over REST while the forum misbehaves (5xx bursts, latency, creates
// committed but unanswered), one worker SIGKILLed mid-run. At the end: one topic per story,
// each matching its story, nothing owed, and no create ever raced another for one story
// (each sync job ran on exactly one worker at a time).
import { jest } from '@jest/globals'
import { Client as PgClient } from 'pg'
import { startSimulator, type Simulator } from '@/simulator'
import { renderStoryTopic } from '@/bridge/sync/renderStoryTopic'
import { bridgeSettings } from '@/bridge/bridgeSettings'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { startPostgres, type PostgresServer } from '@/harness/postgres'
import { injectFaults } from '@/tests/helpers/simulatorFaults'
import { firstPostRaw } from '@/tests/helpers/simulatorTopics'
import { createUser } from '@/tests/helpers/users'
import { createsByExternalId, waitForEmptyOutbox } from './productionCluster'
import { ensureBuild, startProduct, type ProductProcess } from '@/harness/startProduct'

const PUBLISHES = Number(process.env.CLUSTER_PUBLISHES ?? 300)
const KILL_AT = Math.floor(PUBLISHES / 6) * 3
// Only stops a test that hangs: the waits below wait for the outbox and the processes.
jest.setTimeout(900_000)

let pg: PostgresServer
let databaseUrl: string
let simulator: Simulator
let space: BootedSpace
let web: ProductProcess & { url?: string }
const workers: ProductProcess[] = []

// The same bridge configuration in every process, so each renders a topic the same way.
const sharedEnv = () => ({
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: 'cluster-secret-0123456789abcdef',
  PUBLIC_URL: 'http://space.test',
  DISCOURSE_URL: simulator.url,
  DISCOURSE_API_KEY: 'simulator-key',
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_SYNC_MAX_ATTEMPTS: '50',
  DISCOURSE_SYNC_RETRY_BASE_MS: '50',
  DISCOURSE_TIMEOUT_MS: '5000',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
  SYNC_JOB_LEASE_MS: '8000',
  SYNC_SWEEP_INTERVAL_MS: '1000',
})

/** What each database session is doing: shows a worker stuck on a lock or an exhausted pool. */
const databaseSessions = async () => {
  const client = new PgClient({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select pid, state, wait_event_type, wait_event, now() - xact_start as in_transaction_for, left(query, 160) as query
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() order by pid`,
    )
    return rows.map((r) => JSON.stringify(r)).join('\n')
  } finally {
    await client.end()
  }
}

/** The first failed jobs in a worker's log, whole: the tail cuts the database's own error off. */
const firstJobErrors = (output: string) =>
  output
    .split('\n')
    .filter((line) => /Error running job|Failed query/.test(line))
    .slice(0, 3)
    .map((line) => line.slice(0, 6000))
    .join('\n')

beforeAll(async () => {
  ensureBuild()
  pg = await startPostgres()
  databaseUrl = await pg.createDatabase()
  simulator = await startSimulator({
    port: 0,
    apiKey: 'simulator-key',
    logger: false,
    maxAdminApiReqsPerMinute: 100_000,
  })
  // This process creates the schema and the seed data first, then only reads and checks.
  space = await bootSpace(sharedEnv())
  web = await startProduct({ role: 'web', env: sharedEnv() })
  workers.push(
    await startProduct({ role: 'worker', env: sharedEnv() }),
    await startProduct({ role: 'worker', env: sharedEnv() }),
  )
})

afterAll(async () => {
  for (const p of [web, ...workers]) await p?.kill('SIGKILL')
  await space?.close()
  await simulator?.close()
  await pg?.stop()
})

it('keeps one up-to-date topic per story with two workers, faults and a killed worker', async () => {
  const admin = await createUser(space.payload, web.url!, ['admin'])
  const ids: string[] = []
  const publish = async (n: number) => {
    const res = await fetch(`${web.url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({
        title: `Dispatch ${n} from the regional assembly`,
        summary: `What volunteers in region ${n % 17} decided this week.`,
        body: lexicalDocument([
          paragraphNode(`Volunteers met for dispatch ${n}.`),
          paragraphNode('They agreed on the next steps.'),
        ]),
        status: 'published',
      }),
    })
    if (res.status !== 201)
      throw new Error(`publish ${n} answered ${res.status}: ${await res.text()}`)
    ids.push(String(((await res.json()) as { doc: { id: number | string } }).doc.id))
  }

  for (let n = 0; n < PUBLISHES; n += 3) {
    // The forum's weather turns every 15 publishes: a 5xx burst, latency, a lost answer, calm.
    if (n % 15 === 0) {
      const weather = (['5xx', 'latency', 'drop', 'calm'] as const)[(n / 15) % 4]
      await injectFaults(simulator, { latencyMs: weather === 'latency' ? 150 : 0 })
      if (weather === '5xx')
        await injectFaults(simulator, {
          failNext: 3,
          status: ([500, 502, 503] as const)[(n / 15) % 3],
        })
      if (weather === 'drop') await injectFaults(simulator, { dropAfterCommitNext: 1 })
    }
    if (n === KILL_AT) await workers[0]!.kill('SIGKILL')
    // Three editors at a time, at a newsroom's busiest pace.
    await Promise.all([n, n + 1, n + 2].filter((i) => i < PUBLISHES).map(publish))
  }
  await injectFaults(simulator, { latencyMs: 0 })

  await waitForEmptyOutbox(space.payload, {
    alive: () =>
      workers[1]!.child.exitCode !== null
        ? `the surviving worker exited:\n${workers[1]!.output().slice(-4000)}`
        : null,
  }).catch(async (err: Error) => {
    throw new Error(
      `${err.message}\ndatabase sessions:\n${await databaseSessions()}\nfirst job errors:\n${firstJobErrors(workers[1]!.output())}\nsurviving worker:\n${workers[1]!.output().slice(-3000)}\nkilled worker:\n${workers[0]!.output().slice(-1500)}`,
    )
  })

  const settings = bridgeSettings(space.env)
  const stories = await space.payload.find({
    collection: 'stories',
    overrideAccess: true,
    depth: 1,
    pagination: false,
  })
  expect(stories.docs).toHaveLength(PUBLISHES)
  const live = [...simulator.state.topics.values()].filter((t) => !t.deleted_at)
  const perExternalId = new Map<string, number>()
  for (const t of live)
    if (t.external_id) perExternalId.set(t.external_id, (perExternalId.get(t.external_id) ?? 0) + 1)
  // No duplicate topics: no external_id on two live topics, one topic per story.
  expect([...perExternalId.entries()].filter(([, count]) => count > 1)).toEqual([])
  expect(live).toHaveLength(PUBLISHES)
  for (const story of stories.docs) {
    const d = story.discourse!
    expect(d.syncState).toBe('synced')
    const topic = simulator.state.topics.get(d.topicId!)!
    expect(topic.external_id).toBe(d.externalId)
    const desired = renderStoryTopic(story, settings)
    expect(topic.title).toBe(desired.title)
    expect(topic.visible).toBe(desired.visible)
    expect(firstPostRaw(simulator, topic.id)).toBe(desired.raw)
  }

  // Each job ran on one worker: every story's topic was created by exactly one create the
  // forum kept, and no create was refused as "External has already been taken" (what a
  // second worker running the same job at the same time would meet).
  const creates = createsByExternalId(simulator)
  const externalIds = stories.docs.map((s) => s.discourse!.externalId!)
  expect(externalIds.filter((id) => creates.get(id)?.committed !== 1)).toEqual([])
  expect([...creates.entries()].filter(([, c]) => c.taken > 0)).toEqual([])

  // The forum really misbehaved, and the killed worker really died by the signal.
  const statuses = new Set(simulator.requests().map((r) => String(r.status)))
  expect(statuses.has('null')).toBe(true)
  expect([...statuses].some((s) => s.startsWith('5'))).toBe(true)
  expect(workers[0]!.child.signalCode).toBe('SIGKILL')
})
