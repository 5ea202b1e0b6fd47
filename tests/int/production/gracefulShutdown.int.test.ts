// Roles and graceful restarts (issue 9): a ROLE=web process serves HTTP and runs no job; a
// ROLE=worker process runs jobs and serves no HTTP; SIGTERM to a worker mid-job lets the job
// in flight finish, exits 0 within seconds, and leaves the rest queued for the next worker,
// which syncs everything: nothing lost, nothing done twice. SIGTERM to a web process with
// keep-alive connections (a browser's) and a request in flight lets the request finish, then
// closes the connections and exits 0, without waiting for the forced exit.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { Agent, request, type IncomingMessage } from 'node:http'
import { jest } from '@jest/globals'
import { startSimulator, type Simulator } from '@/simulator'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { injectFaults } from '@/tests/helpers/simulatorFaults'
import { apiWrites } from '@/tests/helpers/simulatorTopics'
import { createUser } from '@/tests/helpers/users'
import { eventually } from '@/tests/helpers/eventually'
import { httpGet } from '@/tests/helpers/rawHttp'
import { createsByExternalId, waitForEmptyOutbox } from './productionCluster'
import { ensureBuild, freePort, startProduct, type ProductProcess } from '@/harness/startProduct'
import { JOBS_COLLECTION } from '@/bridge/outbox/jobs'

// More than one worker batch (10 jobs), so some are still queued when the worker stops.
const STORIES = 24
// Only stops a test that hangs: the waits below wait for jobs, output and exits.
jest.setTimeout(900_000)

let simulator: Simulator
let space: BootedSpace
const started: ProductProcess[] = []

const sharedEnv = () => ({
  DATABASE_URL: space.env.DATABASE_URL,
  PAYLOAD_SECRET: space.env.PAYLOAD_SECRET,
  PUBLIC_URL: 'http://space.test',
  DISCOURSE_URL: simulator.url,
  DISCOURSE_API_KEY: 'simulator-key',
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
  SYNC_SWEEP_INTERVAL_MS: '1000',
})
const start = async (role: 'web' | 'worker', extra: Record<string, string> = {}) => {
  const proc = await startProduct({ role, env: { ...sharedEnv(), ...extra } })
  started.push(proc)
  return proc
}

/** TCP ports a process listens on, from its socket descriptors and the kernel's socket tables. */
const listeningPorts = (pid: number): number[] => {
  const inodes = new Set<string>()
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (m) inodes.add(m[1]!)
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  const ports: number[] = []
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      // st 0A is LISTEN; column 9 is the socket's inode.
      if (cols[3] === '0A' && inodes.has(cols[9]!))
        ports.push(parseInt(cols[1]!.split(':')[1]!, 16))
    }
  }
  return ports
}

const syncJobs = () =>
  space.payload.find({
    collection: JOBS_COLLECTION,
    where: { queue: { equals: 'discourse' } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })

beforeAll(async () => {
  ensureBuild()
  simulator = await startSimulator({
    port: 0,
    apiKey: 'simulator-key',
    logger: false,
    maxAdminApiReqsPerMinute: 100_000,
  })
  space = await bootSpace({ DISCOURSE_URL: simulator.url, DISCOURSE_API_KEY: 'simulator-key' })
})

afterAll(async () => {
  for (const p of started) await p.kill('SIGKILL')
  await space?.close()
  await simulator?.close()
})

it('ROLE=web serves the API and runs no job: what it queues stays queued', async () => {
  const web = await start('web')
  const admin = await createUser(space.payload, web.url!, ['admin'])
  for (let n = 0; n < STORIES; n++) {
    const res = await fetch(`${web.url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({
        title: `Shift report ${n} from the night crew`,
        body: lexicalDocument([paragraphNode(`Report ${n} from the night shift.`)]),
        status: 'published',
      }),
    })
    expect(res.status).toBe(201)
  }
  // Several worker poll intervals (1 s) pass: a process that ran jobs would have taken them.
  await new Promise((r) => setTimeout(r, 4000))
  const jobs = await syncJobs()
  expect(jobs.docs).toHaveLength(STORIES)
  expect(jobs.docs.every((j) => !j.processing && !j.totalTried)).toBe(true)
  expect(apiWrites(simulator)).toEqual([])
  // A web process shuts down gracefully too.
  expect(await web.kill('SIGTERM')).toBe(0)
})

it('ROLE=worker serves no HTTP; on SIGTERM it finishes the job in flight, exits 0, and the next worker syncs the rest', async () => {
  // Slow answers keep each job in flight long enough to signal the worker in the middle of one.
  await injectFaults(simulator, { latencyMs: 1500 })
  const port = await freePort()
  const worker = await start('worker', { PORT: String(port) })
  const inFlight = await eventually('a job claimed by the worker', async () => {
    const claimed = (await syncJobs()).docs
      .filter((j) => j.processing)
      .map((j) => String((j.input as { id: string }).id))
    return claimed.length > 0 && claimed
  }).catch((err: Error) => {
    throw new Error(`${err.message}:\n${worker.output()}`)
  })
  expect(listeningPorts(worker.child.pid!)).toEqual([])
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow()

  // Exit 0 is the graceful exit: the forced one (after 25 s, src/server/installGracefulShutdown.ts)
  // exits 1 and says so.
  expect(await worker.kill('SIGTERM')).toBe(0)
  expect(worker.output()).not.toMatch(/shutdown took longer/)

  // Every job it held finished: its story is synced, and no job is left marked as taken.
  const left = await syncJobs()
  expect(left.docs.filter((j) => j.processing)).toEqual([])
  for (const id of inFlight) {
    const story = await space.payload.findByID({
      collection: 'stories',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect({
      id,
      syncState: story.discourse?.syncState,
      lastError: story.discourse?.lastError ?? null,
    }).toEqual({ id, syncState: 'synced', lastError: null })
  }
  // It stopped taking work: what it had not started is still queued.
  expect(left.docs.length).toBeGreaterThan(0)
  expect(left.docs.length).toBeLessThanOrEqual(STORIES - inFlight.length)

  await injectFaults(simulator, { latencyMs: 0 })
  const next = await start('worker')
  await waitForEmptyOutbox(space.payload, {
    alive: () => (next.child.exitCode !== null ? next.output() : null),
  })
  const stories = await space.payload.find({
    collection: 'stories',
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  expect(stories.docs).toHaveLength(STORIES)
  expect(
    stories.docs.every((s) => s.discourse?.syncState === 'synced' && s.discourse.topicId),
  ).toBe(true)
  // Nothing done twice: one create per story, and one live topic each.
  const creates = createsByExternalId(simulator)
  expect(stories.docs.map((s) => creates.get(s.discourse!.externalId!)?.committed)).toEqual(
    stories.docs.map(() => 1),
  )
  expect([...simulator.state.topics.values()].filter((t) => !t.deleted_at)).toHaveLength(STORIES)
  expect(await next.kill('SIGTERM')).toBe(0)
})

it('ROLE=web with keep-alive connections and a request in flight: SIGTERM lets the request finish, then closes every connection and exits 0', async () => {
  const web = await start('web', { LOG_LEVEL: 'info' })
  const admin = await createUser(space.payload, web.url!, ['admin'])
  const agents = [new Agent({ keepAlive: true }), new Agent({ keepAlive: true, maxSockets: 1 })]
  const [idle, busy] = agents as [Agent, Agent]
  try {
    // Idle keep-alive connections, as a browser leaves them; the server keeps them 65 s.
    const greetings = await Promise.all([1, 2, 3].map(() => httpGet(`${web.url}/healthz`, idle)))
    expect(greetings.map((g) => g.headers['keep-alive'])).toEqual([
      'timeout=65',
      'timeout=65',
      'timeout=65',
    ])

    // A slow upload in flight on the busy connection: its headers are in (the server has said
    // 100 Continue) and half its body, when the signal comes.
    const body = Buffer.from(
      JSON.stringify({ title: 'A story saved while the server stops', status: 'draft' }),
    )
    const upload = request(`${web.url}/api/stories`, {
      method: 'POST',
      agent: busy,
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${admin.token}`,
        expect: '100-continue',
      },
    })
    const answer = new Promise<IncomingMessage & { text?: string }>((resolve, reject) => {
      upload.on('response', (res: IncomingMessage & { text?: string }) => {
        res.text = ''
        res.setEncoding('utf8').on('data', (d: string) => (res.text += d))
        res.on('end', () => resolve(res))
      })
      upload.on('error', reject)
    })
    upload.flushHeaders()
    await new Promise((resolve) => upload.once('continue', resolve))
    upload.write(body.subarray(0, 20))

    const exited = web.kill('SIGTERM')
    while (!web.output().includes('shutting down')) {
      if (web.child.exitCode !== null)
        throw new Error(`exited before the request was finished:\n${web.output()}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    upload.end(body.subarray(20))
    const saved = await answer
    expect({ status: saved.statusCode, connection: saved.headers.connection }).toEqual({
      status: 201,
      connection: 'close',
    })

    // The browser sends its next request on its connection as soon as it has the answer, and
    // keeps doing so: it finds the server gone, instead of keeping it open until the forced exit.
    let servedAfter = 0
    for (;;) {
      // (Not `instanceof Error`: Node's errors come from outside jest's realm.)
      const refused = await httpGet(`${web.url}/healthz`, busy).then(
        () => null,
        (err: NodeJS.ErrnoException) => err.code ?? String(err),
      )
      if (refused) {
        expect(refused).toBe('ECONNREFUSED')
        break
      }
      servedAfter++
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(servedAfter).toBe(0)
    expect(await exited).toBe(0)
    expect(web.output()).not.toMatch(/took longer|connections still busy/)
    const stored = await space.payload.count({
      collection: 'stories',
      where: { title: { equals: 'A story saved while the server stops' } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
  } finally {
    for (const agent of agents) agent.destroy()
  }
})
