// Issue 16's proof for the shared request budget: one web process, two workers and the admin CLI
// on one Postgres, against a forum allowing 60 admin-API requests a minute (Discourse's default),
// each process configured with that whole budget. A 300-story backlog published over the web
// process drains with every story linked, the forum never answers 429, and the web process
// (its own Api-Username, so the forum's log would name it) sends no request at all.
import { spawn } from 'node:child_process'
import { jest } from '@jest/globals'
import { startSimulator, type Simulator } from '@/simulator'
import { TSX_NODE_ARGS } from '@/config/nodeArgs'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { startPostgres, type PostgresServer } from '@/harness/postgres'
import { ensureBuild, startProduct, type ProductProcess } from '@/harness/startProduct'
import { createUser } from '@/tests/helpers/users'
import { eventually } from '@/tests/helpers/eventually'
import { waitForEmptyOutbox } from './productionCluster'

const STORIES = Number(process.env.MULTI_PROCESS_STORIES ?? 300)
const RATE = 60
const WEBHOOK_SECRET = 'multi-process-webhook-secret'
const WEB_USERNAME = 'admin'
const WORKER_USERNAME = 'system'
// Only stops a test that hangs: 300 creates at 60 a minute take five minutes and more.
jest.setTimeout(3_600_000)

let pg: PostgresServer
let databaseUrl: string
let simulator: Simulator
let space: BootedSpace
let web: ProductProcess
const workers: ProductProcess[] = []

// Every process gets the whole budget: only sharing it keeps them inside the forum's limit.
const sharedEnv = () => ({
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: 'multi-process-secret-0123456789abcdef',
  PUBLIC_URL: 'http://space.test',
  DISCOURSE_URL: simulator.url,
  DISCOURSE_API_KEY: 'simulator-key',
  DISCOURSE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: String(RATE),
  SYNC_SWEEP_INTERVAL_MS: '5000',
})

/** `npm run bridge -- <args>` as an operator runs it beside the running product. */
const runCli = (args: string[]) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX_NODE_ARGS, 'scripts/bridge.ts', ...args], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        ...sharedEnv(),
        DISCOURSE_API_USERNAME: WORKER_USERNAME,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })

const forumRequests = () => simulator.requests().filter((r) => !r.path.startsWith('/__simulator'))

beforeAll(async () => {
  ensureBuild()
  pg = await startPostgres()
  databaseUrl = await pg.createDatabase()
  simulator = await startSimulator({
    port: 0,
    apiKey: 'simulator-key',
    logger: false,
    maxAdminApiReqsPerMinute: RATE,
  })
  // This process creates the schema and the seed data, then only reads and checks.
  space = await bootSpace(sharedEnv())
  web = await startProduct({
    role: 'web',
    env: { ...sharedEnv(), DISCOURSE_API_USERNAME: WEB_USERNAME },
  })
  simulator.setWebhook({ url: `${web.url}/api/discourse/webhook`, secret: WEBHOOK_SECRET })
})

afterAll(async () => {
  for (const p of [web, ...workers]) await p?.kill('SIGKILL')
  await space?.close()
  await simulator?.close()
  await pg?.stop()
})

it('one web process, two workers and the CLI drain a 300-story backlog with no 429', async () => {
  const admin = await createUser(space.payload, web.url, ['admin'])
  const publish = async (n: number) => {
    const res = await fetch(`${web.url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({
        title: `Backlog dispatch ${n}: volunteers plant trees in district ${n}`,
        body: lexicalDocument([paragraphNode(`Neighbours of district ${n} planted trees.`)]),
        status: 'published',
      }),
    })
    if (res.status !== 201)
      throw new Error(`publish ${n} answered ${res.status}: ${await res.text()}`)
  }
  for (let n = 0; n < STORIES; n += 5)
    await Promise.all(
      [0, 1, 2, 3, 4]
        .map((i) => n + i)
        .filter((i) => i < STORIES)
        .map(publish),
    )
  expect(forumRequests()).toEqual([])

  for (let i = 0; i < 2; i++)
    workers.push(
      await startProduct({
        role: 'worker',
        env: { ...sharedEnv(), DISCOURSE_API_USERNAME: WORKER_USERNAME },
      }),
    )
  // The CLI joins while the workers drain the backlog, drawing on the same budget.
  await eventually('the workers linking stories', async () => forumRequests().length >= 20)
  const cli = await runCli(['verify', '--limit', '10', '--json'])
  expect([0, 1]).toContain(cli.code)

  await waitForEmptyOutbox(space.payload, {
    timeoutMs: 3_000_000,
    alive: () => {
      const dead = workers.find((w) => w.child.exitCode !== null)
      return dead ? `a worker exited:\n${dead.output().slice(-4000)}` : null
    },
  })

  const stories = await space.payload.find({
    collection: 'stories',
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  expect(stories.docs).toHaveLength(STORIES)
  expect(stories.docs.filter((s) => s.discourse?.syncState !== 'synced')).toEqual([])
  const requests = forumRequests()
  expect(requests.filter((r) => r.status === 429)).toEqual([])
  expect(requests.filter((r) => r.apiUsername === WEB_USERNAME)).toEqual([])
  // The CLI really asked the forum too (its verify reads topics).
  expect(requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(0)
  expect(requests.filter((r) => r.method === 'POST' && r.path === '/posts.json')).toHaveLength(
    STORIES,
  )
  // What the simulator counted as one sliding minute never went over its limit.
  const times = requests.map((r) => Date.parse(r.time)).sort((a, b) => a - b)
  let busiestMinute = 0
  for (let last = 0, first = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 60_000) first++
    busiestMinute = Math.max(busiestMinute, last - first + 1)
  }
  expect(busiestMinute).toBeLessThanOrEqual(RATE)
  console.log(
    JSON.stringify({ requests: requests.length, busiestMinute, spanMs: times.at(-1)! - times[0]! }),
  )
})
