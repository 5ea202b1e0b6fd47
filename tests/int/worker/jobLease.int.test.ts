// A job that runs longer than a worker lease keeps it while its runner lives: the sweep takes a
// job processing for longer than a lease for a dead worker's, so without renewal a slow create
// was handed to a second worker and ran twice (under load, one of those runs then failed on
// the job row the other had deleted and left a database transaction open).
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootWithSimulator } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { eventually } from '@/tests/helpers/eventually'
import { startSyncWorker, type SyncWorker } from '@/src/worker/startSyncWorker'

const LEASE_MS = 1500
// Several leases long: a sweep runs every 200 ms in each worker meanwhile.
const STALL_MS = 5 * LEASE_MS

const space = bootForSuite(() =>
  bootWithSimulator({ DISCOURSE_TIMEOUT_MS: String(STALL_MS * 4) }, { webhook: false }),
)
const workers: SyncWorker[] = []
afterAll(async () => {
  for (const worker of workers) await worker.stop()
})

it('a create slower than the lease runs once, on one worker, though two sweep meanwhile', async () => {
  let reads = 0
  // The simulator's latency fault for the first request only (read twice: check, then delay).
  Object.defineProperty(space.simulator.faults, 'latencyMs', {
    configurable: true,
    get: () => (reads < 2 ? (reads++, STALL_MS) : 0),
    set: () => undefined,
  })
  const story = await space.payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      title: 'A create the forum answers slowly',
      body: lexicalDocument([paragraphNode('Neighbours met to plan the week.')]),
      status: 'published',
    } as never,
  })
  // Two workers, each with its own runners, as two processes would have.
  for (let i = 0; i < 2; i++)
    workers.push(startSyncWorker(space.payload, { sweepEveryMs: 200, leaseMs: LEASE_MS }))
  await eventually(
    'the story linked',
    async () =>
      (await space.payload.findByID({ collection: 'stories', id: story.id, overrideAccess: true }))
        .discourse?.topicId,
  )
  // One run: the create and nothing else. A second worker handed the job would have asked the
  // forum for the story's topic by its external id while the first create was still waiting.
  const forum = space.simulator
    .requests()
    .filter((r) => !r.path.startsWith('/__simulator'))
    .map((r) => `${r.method} ${r.path}`)
  expect(forum).toEqual(['POST /posts.json'])
})
