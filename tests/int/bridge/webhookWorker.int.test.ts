// The webhook path as ROLE=all runs it: the receiver only queues, and the worker running in the
// same process refreshes the counts once the coalescing delay is over (woken, not a poll later).
// Nobody drains the queue by hand here.
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { eventually } from '@/tests/helpers/eventually'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import type { LatestReply } from '@/shared/latestReplies'
import { startSyncWorker, type SyncWorker } from '@/src/worker/startSyncWorker'

const space = bootForSuite(() => bootWithSimulator({ DISCOURSE_ACTIVITY_COALESCE_MS: '1000' }))
let storyId: number | string
let topicId: number
let worker: SyncWorker | undefined
beforeAll(async () => {
  const doc = await space.payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      title: 'Repairing bicycles in the Kreuzberg courtyard',
      body: lexicalDocument([paragraphNode('Neighbours fixed forty bicycles on Sunday.')]),
      status: 'published',
    } as never,
  })
  storyId = doc.id
  await drainSyncQueue(space.payload)
  topicId = (
    await space.payload.findByID({ collection: 'stories', id: storyId, overrideAccess: true })
  ).discourse!.topicId!
  // An idle poll longer than the wait below: only the receiver's wake can run the refreshes.
  worker = startSyncWorker(space.payload, { pollMs: 3_600_000, sweepEveryMs: 3_600_000 })
})
afterAll(async () => {
  await worker?.stop()
})

const discourseOf = async () =>
  (await space.payload.findByID({ collection: 'stories', id: storyId, overrideAccess: true }))
    .discourse!

describe('webhooks with a worker in the process', () => {
  it('brings the counts and the latest replies back, one reply after another', async () => {
    for (let round = 1; round <= 3; round++) {
      await controlFetch(`${space.simulator.url}/__simulator/topics/${topicId}/activity`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ replies: 1 }),
      })
      const discourse = await eventually(`reply ${round} on the story`, async () => {
        const d = await discourseOf()
        return d.replyCount === round && d
      })
      expect(discourse.latestReplies).toHaveLength(round)
      expect((discourse.latestReplies as LatestReply[])[0]).toMatchObject({ postNumber: round + 1 })
    }
  })
})
