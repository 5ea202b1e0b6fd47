import { signWebhookBody } from '@/simulator'
import { bootWithSimulator, drainSyncQueue, WEBHOOK_SECRET } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { seenDeliveries } from '@/bridge/webhooks/seenDeliveries'
import { clearRequestLog } from '@/tests/helpers/simulatorTopics'
import { JOBS_COLLECTION, REFRESH_TASK } from '@/bridge/outbox/jobs'

const space = bootForSuite(() => bootWithSimulator())
let storyId: number | string
let topicId: number
beforeAll(async () => {
  const doc = await space.payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      title: 'Cleaning the Danube banks together',
      body: lexicalDocument([paragraphNode('Two hundred volunteers cleaned the river banks.')]),
      status: 'published',
    } as never,
  })
  storyId = doc.id
  await drainSyncQueue(space.payload)
  topicId = (
    await space.payload.findByID({ collection: 'stories', id: storyId, overrideAccess: true })
  ).discourse!.topicId!
})

const publicStory = async () =>
  (await (await fetch(`${space.url}/api/stories/${storyId}?depth=0`)).json()).discourse
const deliver = (body: string, headers: Record<string, string>) =>
  fetch(`${space.url}/api/discourse/webhook`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })
const postCreated = (id: number, postsCount: number) =>
  JSON.stringify({
    post: {
      id,
      topic_id: topicId,
      post_number: postsCount,
      topic_posts_count: postsCount,
      username: 'amina',
    },
  })

describe('Discourse webhooks', () => {
  it('refuses a delivery with a missing or forged signature and changes nothing', async () => {
    const before = await publicStory()
    const body = postCreated(900, 2)
    expect((await deliver(body, { 'x-discourse-event-id': '9001' })).status).toBe(401)
    expect(
      (
        await deliver(body, {
          'x-discourse-event-id': '9002',
          'x-discourse-event-signature': signWebhookBody('wrong-secret', body),
        })
      ).status,
    ).toBe(401)
    expect(
      (
        await deliver(body, {
          'x-discourse-event-id': '9003',
          'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, `${body} `),
        })
      ).status,
    ).toBe(401)
    await drainSyncQueue(space.payload)
    expect(await publicStory()).toEqual(before)
  })

  it('answers 200 at once to events about topics Space does not know', async () => {
    const body = JSON.stringify({ topic: { id: 424242, title: 'Someone else’s topic' } })
    const res = await deliver(body, {
      'x-discourse-event-id': '9100',
      'x-discourse-event': 'topic_created',
      'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ignored' })
  })

  it('brings reply and like counts and the latest replies back when the forum reports activity', async () => {
    const res = await controlFetch(
      `${space.simulator.url}/__simulator/topics/${topicId}/activity`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ replies: 3, likes: 4 }),
      },
    )
    expect(res.ok).toBe(true)
    await space.simulator.webhooksIdle()
    await drainSyncQueue(space.payload)
    const discourse = await publicStory()
    expect(discourse).toMatchObject({ replyCount: 3, likeCount: 4 })
    expect(discourse.latestReplies).toHaveLength(3)
    expect(discourse.latestReplies[0]).toMatchObject({
      postNumber: 4,
      url: expect.stringContaining(`/t/`),
      excerpt: expect.stringContaining('thanks for sharing'),
    })
    expect(discourse.lastError).toBeUndefined() // staff-only field never reaches anonymous readers
  })

  it('only queues the refresh: the receiver sends no forum request, the worker does', async () => {
    await clearRequestLog(space.simulator)
    const body = postCreated(902, 6)
    const res = await deliver(body, {
      'x-discourse-event-id': '9150',
      'x-discourse-event': 'post_created',
      'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body),
    })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ status: 'queued' })
    const queued = await space.payload.find({
      collection: JOBS_COLLECTION,
      overrideAccess: true,
      depth: 0,
    })
    expect(queued.docs.map((j) => [j.taskSlug, j.processing, j.completedAt ?? null])).toEqual([
      [REFRESH_TASK, false, null],
    ])
    expect(space.simulator.requests()).toEqual([])
    await drainSyncQueue(space.payload)
    expect(space.simulator.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /t/${topicId}.json`,
    ])
  })

  it("spends no forum request on the echo of the bridge's own writes (topic created or edited, first post)", async () => {
    const echoes: Array<[string, string]> = [
      ['topic_created', JSON.stringify({ topic: { id: topicId, posts_count: 1 } })],
      ['topic_edited', JSON.stringify({ topic: { id: topicId, posts_count: 1 } })],
      ['post_created', JSON.stringify({ post: { id: 1, topic_id: topicId, post_number: 1 } })],
      ['post_edited', JSON.stringify({ post: { id: 1, topic_id: topicId, post_number: 1 } })],
    ]
    for (const [event, body] of echoes) {
      const res = await deliver(body, {
        'x-discourse-event-id': `echo-${event}`,
        'x-discourse-event': event,
        'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body),
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ status: 'ignored' })
    }
    expect(
      (await space.payload.count({ collection: JOBS_COLLECTION, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('ignores a replayed delivery it has already handled', async () => {
    const body = postCreated(901, 5)
    const headers = {
      'x-discourse-event-id': '9200',
      'x-discourse-event': 'post_created',
      'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body),
    }
    expect((await deliver(body, headers)).status).toBe(202)
    await drainSyncQueue(space.payload)
    const replay = await deliver(body, headers)
    expect(replay.status).toBe(200)
    expect(await replay.json()).toEqual({ status: 'duplicate' })
    const jobs = await space.payload.count({ collection: JOBS_COLLECTION, overrideAccess: true })
    expect(jobs.totalDocs).toBe(0)
  })

  it('forgets all but the newest delivery ids when pruned, and nothing else in the key-value table', async () => {
    for (const id of ['pr-1', 'pr-2', 'pr-3', 'pr-4', 'pr-5'])
      await seenDeliveries.remember(space.payload, id, 'post_created')
    await space.payload.kv.set('unrelated-key', { kept: true })
    expect(await seenDeliveries.prune(space.payload, 2)).toBeGreaterThanOrEqual(3)
    expect(
      await Promise.all(
        ['pr-1', 'pr-2', 'pr-3', 'pr-4', 'pr-5'].map((id) => seenDeliveries.has(space.payload, id)),
      ),
    ).toEqual([false, false, false, true, true])
    expect(await space.payload.kv.get('unrelated-key')).toEqual({ kept: true })
    expect(await seenDeliveries.prune(space.payload, 2)).toBe(0)
  })
})
