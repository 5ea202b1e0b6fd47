// ROLE=web never calls the forum: a web process (its own Api-Username, so the simulator's log
// would name it) takes a publish and a reply webhook while no worker runs, and the forum sees
// no request at all; the work waits in the outbox, and a worker then links the story and brings
// the reply back.
import { jest } from '@jest/globals'
import { startSimulator, type Simulator } from '@/simulator'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { ensureBuild, startProduct, type ProductProcess } from '@/harness/startProduct'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { clearRequestLog } from '@/tests/helpers/simulatorTopics'
import { createUser, type TestUser } from '@/tests/helpers/users'
import { eventually } from '@/tests/helpers/eventually'
import { ACTIVITY_QUEUE, JOBS_COLLECTION } from '@/bridge/outbox/jobs'

// Only stops a test that hangs: the waits below wait for states.
jest.setTimeout(900_000)

const WEBHOOK_SECRET = 'web-role-webhook-secret'
// Both are staff on the simulator; the web process's name would mark any request it sent.
const WEB_USERNAME = 'admin'
const WORKER_USERNAME = 'system'

let simulator: Simulator
let space: BootedSpace
let web: ProductProcess
let admin: TestUser
const started: ProductProcess[] = []

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

const startWorker = async () => {
  const worker = await startProduct({
    role: 'worker',
    env: { ...sharedEnv(), DISCOURSE_API_USERNAME: WORKER_USERNAME },
  })
  started.push(worker)
  return worker
}

/** What reached the forum's API (the control API aside). */
const forumRequests = () => simulator.requests().filter((r) => !r.path.startsWith('/__simulator'))

const publish = async (title: string) => {
  const res = await fetch(`${web.url}/api/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
    body: JSON.stringify({
      title,
      body: lexicalDocument([paragraphNode(`${title}: what the neighbours did.`)]),
      status: 'published',
    }),
  })
  expect(res.status).toBe(201)
  return String(((await res.json()) as { doc: { id: number | string } }).doc.id)
}

const discourseOf = async (id: string) =>
  (await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })).discourse!

const jobsIn = async (queue: string) =>
  (
    await space.payload.count({
      collection: JOBS_COLLECTION,
      where: { queue: { equals: queue } },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  ensureBuild()
  simulator = await startSimulator({ port: 0, apiKey: 'simulator-key', logger: false })
  // This process creates the schema, then only reads and checks; it runs no job.
  space = await bootSpace({ DISCOURSE_URL: simulator.url, DISCOURSE_API_KEY: 'simulator-key' })
  web = await startProduct({
    role: 'web',
    env: { ...sharedEnv(), DISCOURSE_API_USERNAME: WEB_USERNAME },
  })
  started.push(web)
  simulator.setWebhook({ url: `${web.url}/api/discourse/webhook`, secret: WEBHOOK_SECRET })
  admin = await createUser(space.payload, web.url, ['admin'])
})

afterAll(async () => {
  for (const p of started) await p.kill('SIGKILL')
  await space?.close()
  await simulator?.close()
})

it('a web process queues publishes and webhook refreshes and sends the forum nothing', async () => {
  // A first story, linked by a worker, so that the forum has a topic to reply on.
  const first = await publish('Neighbours repaint the community centre')
  expect(forumRequests()).toEqual([])
  const worker = await startWorker()
  const topicId = await eventually(
    'the first story linked',
    async () => (await discourseOf(first)).topicId,
  )
  await eventually('the worker idle', async () => (await jobsIn('discourse')) === 0)
  expect(await worker.stop()).toBe(0)

  // Only the web process runs now: a reply arrives as a webhook, and a second story is published.
  await clearRequestLog(simulator)
  await controlFetch(`${simulator.url}/__simulator/topics/${topicId}/activity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replies: 1 }),
  })
  await eventually('the reply webhook queued a refresh', async () => {
    await simulator.webhooksIdle()
    return (await jobsIn(ACTIVITY_QUEUE)) > 0
  })
  const second = await publish('Volunteers open a tool library on Mill Street')
  expect(await jobsIn('discourse')).toBeGreaterThan(0)
  expect(forumRequests()).toEqual([])

  // A worker does the queued work: the second story gets its topic, the reply comes back.
  await startWorker()
  await eventually('the second story linked', async () => (await discourseOf(second)).topicId)
  await eventually('the reply counted', async () => (await discourseOf(first)).replyCount === 1)
  expect(forumRequests().length).toBeGreaterThan(0)
  expect(forumRequests().filter((r) => r.apiUsername === WEB_USERNAME)).toEqual([])
  expect(web.output()).not.toMatch(/no Discourse client in this process/)
})
