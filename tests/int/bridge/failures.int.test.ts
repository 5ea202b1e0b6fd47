import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import {
  CLOSE_TASK,
  JOBS_COLLECTION,
  liveJobsWhere,
  SYNC_QUEUE,
  syncConcurrencyKey,
} from '@/bridge/outbox/jobs'
import { apiWrites, clearRequestLog, topicsWithExternalId } from '@/tests/helpers/simulatorTopics'
import { clearFaults, injectFaults } from '@/tests/helpers/simulatorFaults'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { eventually } from '@/tests/helpers/eventually'
import { paragraphNode, lexicalDocument } from '@/shared/lexical'
import { authHeaders, createUser } from '@/tests/helpers/users'

const space = bootForSuite(() =>
  bootWithSimulator({
    DISCOURSE_SYNC_RETRY_BASE_MS: '10',
    DISCOURSE_TIMEOUT_MS: '1500',
    DISCOURSE_SYNC_MAX_ATTEMPTS: '4',
  }),
)
beforeEach(async () => {
  await clearFaults(space.simulator)
  await clearRequestLog(space.simulator)
})

const body = lexicalDocument([
  paragraphNode('Neighbours repaired the community centre roof together.'),
])
const publish = (title: string) =>
  space.payload.create({
    collection: 'stories',
    data: { title, body, status: 'published' } as never,
    overrideAccess: true,
  })
const read = (id: number | string) =>
  space.payload.findByID({ collection: 'stories', id, overrideAccess: true, depth: 0 })

describe('sync failures', () => {
  it("marks a story failed with Discourse's own message when the forum refuses it (422), without retrying", async () => {
    const created = await publish('Too short') // the forum's minimum title length is 15
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse?.syncState).toBe('failed')
    expect(doc.discourse?.lastError).toContain('Title is too short (minimum is 15 characters)')
    expect(apiWrites(space.simulator)).toEqual(['POST /posts.json'])
  })

  it('retries 5xx bursts with backoff and then syncs', async () => {
    await injectFaults(space.simulator, { failNext: 2, status: 503 })
    const created = await publish('Roof repair at the community centre')
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse?.syncState).toBe('synced')
    expect(topicsWithExternalId(space.simulator, doc.discourse!.externalId!)).toHaveLength(1)
  })

  it('adopts the topic instead of creating a second one when the create committed but the answer was lost', async () => {
    await injectFaults(space.simulator, { dropAfterCommitNext: 1 })
    const created = await publish('A create whose answer never arrived')
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse?.syncState).toBe('synced')
    expect(topicsWithExternalId(space.simulator, doc.discourse!.externalId!)).toHaveLength(1)
    // The adopted topic already says what Space would write: no edit follows the one create.
    expect(apiWrites(space.simulator)).toEqual(['POST /posts.json'])
    expect(space.simulator.requests().some((r) => r.path.startsWith('/t/external_id/'))).toBe(true)
  })

  it('unlists the topic a lost create left behind when the story is unpublished before the retry', async () => {
    await injectFaults(space.simulator, { dropAfterCommitNext: 1 })
    const created = await publish('Unpublished while its create was unanswered')
    // One attempt only: the create reaches the forum, its answer is lost, a retry is scheduled.
    await space.payload.jobs.run({ queue: SYNC_QUEUE, limit: 1 })
    expect((await read(created.id)).discourse?.topicId ?? null).toBeNull()
    await space.payload.update({
      collection: 'stories',
      id: created.id,
      overrideAccess: true,
      data: { status: 'archived' } as never,
    })
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    const topics = topicsWithExternalId(space.simulator, doc.discourse!.externalId!)
    expect(topics).toHaveLength(1)
    expect(doc.discourse).toMatchObject({ syncState: 'synced', topicId: topics[0]!.id })
    expect(topics[0]!.visible).toBe(false)
    // Adoption writes only what differs: the visibility, not the first post or the title.
    expect(apiWrites(space.simulator)).toEqual([
      'POST /posts.json',
      `PUT /t/${topics[0]!.id}/status.json`,
    ])
  })

  it('keeps the retry state in the record (tries, next attempt) and ends a permanent failure as a cancelled job', async () => {
    await injectFaults(space.simulator, { failNext: 1, status: 503 })
    const created = await publish('A retry that the record remembers')
    await space.payload.jobs.run({ queue: SYNC_QUEUE, limit: 1 })
    const waiting = (await read(created.id)).discourse!
    expect(waiting).toMatchObject({ syncState: 'pending', tries: 1, topicId: null })
    expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(0)
    // Only the forum's answer, no "(try 1, retrying)" sentence.
    expect(waiting.lastError).not.toMatch(/retrying/)
    await drainSyncQueue(space.payload)
    expect((await read(created.id)).discourse).toMatchObject({
      syncState: 'synced',
      tries: 0,
      nextAttemptAt: null,
      lastError: null,
    })

    const refused = await publish('Short title') // the forum's minimum title length is 15
    await drainSyncQueue(space.payload)
    expect((await read(refused.id)).discourse).toMatchObject({ syncState: 'failed', tries: 1 })
    const jobs = await space.payload.find({
      collection: JOBS_COLLECTION,
      where: { concurrencyKey: { equals: syncConcurrencyKey('stories', refused.id) } },
      overrideAccess: true,
      depth: 0,
    })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0]).toMatchObject({ hasError: true, error: { cancelled: true } })
  })

  it('fails after the configured attempts when the forum stays down, and saving still works at once', async () => {
    await injectFaults(space.simulator, { down: true })
    const started = Date.now()
    const created = await publish('Written while the forum was down')
    expect(Date.now() - started).toBeLessThan(2000)
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse?.syncState).toBe('failed')
    expect(doc.discourse?.lastError).toMatch(/failed|reset|refused|socket|network/i)
  })

  it('lets an editor retry a failed sync from the admin API', async () => {
    await injectFaults(space.simulator, { down: true })
    const created = await publish('Retry me after the outage, please')
    await drainSyncQueue(space.payload)
    expect((await read(created.id)).discourse?.syncState).toBe('failed')
    await clearFaults(space.simulator)
    const editor = await createUser(space.payload, space.url, ['editor'])
    const contributor = await createUser(space.payload, space.url, ['contributor'])
    const denied = await fetch(`${space.url}/api/stories/${created.id}/discourse-sync`, {
      method: 'POST',
      headers: authHeaders(contributor),
    })
    expect(denied.status).toBe(403)
    const res = await fetch(`${space.url}/api/stories/${created.id}/discourse-sync`, {
      method: 'POST',
      headers: authHeaders(editor),
    })
    expect(res.status).toBe(202)
    await drainSyncQueue(space.payload)
    expect((await read(created.id)).discourse).toMatchObject({
      syncState: 'synced',
      lastError: null,
    })
    // The job the outage cancelled went with the retry: nothing is left counted as failed.
    const failedJobs = await space.payload.count({
      collection: JOBS_COLLECTION,
      where: {
        and: [
          { concurrencyKey: { equals: syncConcurrencyKey('stories', created.id) } },
          { hasError: { equals: true } },
        ],
      },
      overrideAccess: true,
    })
    expect(failedJobs.totalDocs).toBe(0)
  })

  it('marks a topic deleted on the forum as such and does not recreate it', async () => {
    const created = await publish('A topic the moderators will delete')
    await drainSyncQueue(space.payload)
    const { topicId } = (await read(created.id)).discourse!
    await clearRequestLog(space.simulator)
    await controlFetch(`${space.simulator.url}/__simulator/topics/${topicId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deleted: true }),
    })
    await space.payload.update({
      collection: 'stories',
      id: created.id,
      overrideAccess: true,
      data: { summary: 'An edit after the deletion.' } as never,
    })
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse?.syncState).toBe('topic_deleted')
    expect(apiWrites(space.simulator).filter((w) => w === 'POST /posts.json')).toHaveLength(0)
  })
})

describe('deleting a story whose topic create is unresolved', () => {
  const record = async (id: number | string) =>
    (
      await space.payload.findByID({
        collection: 'stories',
        id,
        overrideAccess: true,
        depth: 0,
        disableErrors: true,
      })
    )?.discourse
  const remove = (id: number | string) =>
    space.payload.delete({ collection: 'stories', id, overrideAccess: true })
  // Close jobs that look the topic up again wait between lookups: wait until none is left.
  const closesDone = () =>
    eventually('the close jobs to finish', async () => {
      await drainSyncQueue(space.payload)
      const live = await space.payload.count({
        collection: JOBS_COLLECTION,
        where: { and: [liveJobsWhere(SYNC_QUEUE), { taskSlug: { equals: CLOSE_TASK } }] },
        overrideAccess: true,
      })
      return live.totalDocs === 0
    })
  const visibleTopics = (externalId: string) =>
    topicsWithExternalId(space.simulator, externalId).filter((t) => t.visible)

  it('leaves no visible topic when the create is in flight at the delete', async () => {
    await injectFaults(space.simulator, { latencyMs: 800 })
    const created = await publish('Deleted while its topic was being created')
    const externalId = created.discourse!.externalId!
    const running = space.payload.jobs.run({ queue: SYNC_QUEUE, limit: 1 })
    await eventually('the create to be under way', async () => (await record(created.id))!.attempts)
    await remove(created.id)
    await running
    await clearFaults(space.simulator)
    await closesDone()
    const topics = topicsWithExternalId(space.simulator, externalId)
    expect(topics).toHaveLength(1)
    expect(topics[0]).toMatchObject({ visible: false, closed: true })
  })

  it("leaves no visible topic when the create's answer was lost", async () => {
    await injectFaults(space.simulator, { dropAfterCommitNext: 1 })
    const created = await publish('Deleted after its create went unanswered')
    const externalId = created.discourse!.externalId!
    await space.payload.jobs.run({ queue: SYNC_QUEUE, limit: 1 })
    expect(await record(created.id)).toMatchObject({ topicId: null, attempts: 1 })
    expect(topicsWithExternalId(space.simulator, externalId)).toHaveLength(1)
    await remove(created.id)
    await closesDone()
    expect(visibleTopics(externalId)).toEqual([])
    expect(topicsWithExternalId(space.simulator, externalId)[0]).toMatchObject({ closed: true })
  })

  it('keeps looking while the sync is still running, however long its create waits its turn', async () => {
    const created = await publish('Deleted while its create waited in the request budget')
    const externalId = created.discourse!.externalId!
    // A worker has taken the sync; its create has not been sent yet (it waits for a slot).
    const taken = await space.payload.db.updateMany({
      collection: JOBS_COLLECTION,
      where: { concurrencyKey: { equals: syncConcurrencyKey('stories', created.id) } },
      data: { processing: true },
    })
    expect(taken).toHaveLength(1)
    const deletedAt = Date.now()
    await remove(created.id)
    const closeTries = async () => {
      const jobs = await space.payload.find({
        collection: JOBS_COLLECTION,
        where: { and: [liveJobsWhere(SYNC_QUEUE), { taskSlug: { equals: CLOSE_TASK } }] },
        overrideAccess: true,
      })
      return Number((jobs.docs[0]?.input as { tries?: number } | undefined)?.tries ?? 0)
    }
    // Past a whole lookup window (twice DISCOURSE_TIMEOUT_MS) the close is still waiting.
    // (drainSyncQueue would wait for the taken job too: only the due close runs here.)
    await eventually('a lookup window to pass with the sync still running', async () => {
      await space.payload.jobs.run({ queue: SYNC_QUEUE })
      return Date.now() - deletedAt > 2 * 1500 && (await closeTries()) >= 2
    })
    // Then the create goes out and lands, and the worker finishes its job.
    await space.bridge.client.createTopic({
      title: 'Deleted while its create waited in the request budget',
      raw: 'The create that was waiting for its turn reached the forum after all.',
      externalId,
    })
    await space.payload.db.deleteMany({
      collection: JOBS_COLLECTION,
      where: { concurrencyKey: { equals: syncConcurrencyKey('stories', created.id) } },
    })
    await closesDone()
    expect(visibleTopics(externalId)).toEqual([])
    expect(topicsWithExternalId(space.simulator, externalId)[0]).toMatchObject({ closed: true })
  })

  it('leaves no topic when the story is deleted while its sync waits for a retry', async () => {
    await injectFaults(space.simulator, { failNext: 1, status: 503 })
    const created = await publish('Deleted while its sync waited for a retry')
    const externalId = created.discourse!.externalId!
    await space.payload.jobs.run({ queue: SYNC_QUEUE, limit: 1 })
    expect(await record(created.id)).toMatchObject({ topicId: null, tries: 1 })
    await remove(created.id)
    await closesDone()
    expect(topicsWithExternalId(space.simulator, externalId)).toEqual([])
    expect(apiWrites(space.simulator)).toEqual(['POST /posts.json'])
  })
})
