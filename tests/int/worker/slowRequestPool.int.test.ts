// One slow request does not hold up the queue: the simulator stalls the first create the worker
// sends (its latency fault, for that one request), and the stories saved after it are linked
// while it is still stalled, because the worker runs its jobs as a pool, not as batches.
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootWithSimulator } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { eventually } from '@/tests/helpers/eventually'
import { startSyncWorker, type SyncWorker } from '@/src/worker/startSyncWorker'

const STALL_MS = 60_000
const AFTER = 5

// The client waits out the stall (no timeout, no retry): the stalled job stays in flight.
const space = bootForSuite(() =>
  bootWithSimulator({ DISCOURSE_TIMEOUT_MS: String(STALL_MS * 2) }, { webhook: false }),
)
let worker: SyncWorker | undefined
afterAll(async () => {
  await worker?.stop()
})

/**
 * The simulator's latency fault for the first request that reaches its API, and for no other:
 * the fault middleware reads `latencyMs` twice per request (the check, then the delay).
 */
const stallFirstRequest = () => {
  let reads = 0
  Object.defineProperty(space.simulator.faults, 'latencyMs', {
    configurable: true,
    get: () => (reads < 2 ? (reads++, STALL_MS) : 0),
    set: () => undefined,
  })
  return { stalled: () => reads >= 2 }
}

const publish = async (title: string) =>
  String(
    (
      await space.payload.create({
        collection: 'stories',
        overrideAccess: true,
        data: {
          title,
          body: lexicalDocument([paragraphNode(`${title}: a report from the neighbourhood.`)]),
          status: 'published',
        } as never,
      })
    ).id,
  )

const discourseOf = async (id: string) =>
  (await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })).discourse!

it('stories saved after a stalled create are linked without waiting for it', async () => {
  const stall = stallFirstRequest()
  const stuck = await publish('The first story, whose create the forum stalls')
  worker = startSyncWorker(space.payload, { sweepEveryMs: 3_600_000 })
  await eventually('the create stalled at the forum', async () => stall.stalled())

  const after = await Promise.all(
    Array.from({ length: AFTER }, (_, n) => publish(`Story ${n + 1} saved behind the stall`)),
  )
  await eventually('the stories saved after it linked', async () =>
    (await Promise.all(after.map(discourseOf))).every((d) => d.syncState === 'synced'),
  )
  // Linked while the stalled create was still waiting for its answer.
  expect((await discourseOf(stuck)).syncState).toBe('pending')

  // The stalled one is linked too once the forum answers, and nothing was created twice.
  await eventually('the stalled story linked', async () => (await discourseOf(stuck)).topicId)
  const creates = space.simulator.requests().filter((r) => r.path === '/posts.json')
  expect(creates).toHaveLength(AFTER + 1)
})
