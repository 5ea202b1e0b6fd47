// A busy topic does not flood the forum: refreshes of one topic coalesce (at most one in flight
// and one pending), so a burst of reply webhooks costs at most three topic fetches, and the story
// ends with the forum's final counts and latest replies. The worker runs in this process, as with
// ROLE=all (from the first test's end on). A burst is one while its deliveries come closer than
// the coalescing delay; this machine, loaded, has answered 20 simultaneous deliveries over 12 to
// 25 s with gaps past the default 1 s, so the delay here is 5 s.
import { signWebhookBody } from '@/simulator'
import { bootWithSimulator, drainSyncQueue, WEBHOOK_SECRET } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { eventually } from '@/tests/helpers/eventually'
import { clearRequestLog } from '@/tests/helpers/simulatorTopics'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import type { LatestReply } from '@/shared/latestReplies'
import { startSyncWorker, type SyncWorker } from '@/src/worker/startSyncWorker'
import { JOBS_COLLECTION, REFRESH_TASK } from '@/bridge/outbox/jobs'

const space = bootForSuite(() => bootWithSimulator({ DISCOURSE_ACTIVITY_COALESCE_MS: '5000' }))
let worker: SyncWorker | undefined
afterAll(async () => {
  await worker?.stop()
})

const publish = async (title: string) => {
  const doc = await space.payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      title,
      body: lexicalDocument([paragraphNode('Forty people came to help on the first morning.')]),
      status: 'published',
    } as never,
  })
  await drainSyncQueue(space.payload)
  const { discourse } = await space.payload.findByID({
    collection: 'stories',
    id: doc.id,
    overrideAccess: true,
  })
  return { id: doc.id, topicId: discourse!.topicId! }
}

const discourseOf = async (id: number | string) =>
  (await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })).discourse!

/** The topic as the forum serves it now (read after the request log was counted). */
const forumTopic = async (topicId: number) =>
  (
    await fetch(`${space.simulator.url}/t/${topicId}.json`, {
      headers: { 'Api-Key': 'simulator-key', 'Api-Username': 'system' },
    })
  ).json()

const topicFetches = (topicId: number) =>
  space.simulator
    .requests()
    .filter((r) => r.method === 'GET' && r.path.split('?')[0] === `/t/${topicId}.json`).length

const liveRefreshes = async () =>
  (
    await space.payload.count({
      collection: JOBS_COLLECTION,
      where: { taskSlug: { equals: REFRESH_TASK } },
      overrideAccess: true,
    })
  ).totalDocs

/** Waits until the story shows `replies` and no refresh is left to run. */
const settled = (id: number | string, replies: number) =>
  eventually(`the story showing ${replies} replies, no refresh left`, async () => {
    const d = await discourseOf(id)
    return d.replyCount === replies && (await liveRefreshes()) === 0 && d
  })

/** The forum's final state, as the story should show it. */
const expectForumState = async (
  discourse: Awaited<ReturnType<typeof discourseOf>>,
  topicId: number,
) => {
  const topic = await forumTopic(topicId)
  const newest = [...topic.post_stream.stream].reverse().slice(0, 5)
  expect(discourse).toMatchObject({
    replyCount: topic.posts_count - 1,
    participants: topic.participant_count,
  })
  expect((discourse.latestReplies as LatestReply[]).map((r) => r.id)).toEqual(newest)
}

describe('a burst of reply webhooks on one topic', () => {
  it('20 replies on the forum, each delivered as Discourse delivers it (one after another): one pending refresh', async () => {
    const story = await publish('Forty volunteers rebuild the Lisbon community garden')
    await clearRequestLog(space.simulator)
    await controlFetch(`${space.simulator.url}/__simulator/topics/${story.topicId}/activity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replies: 20 }),
    })
    await space.simulator.webhooksIdle()
    // However long the deliveries took (a loaded machine), they left one refresh waiting.
    expect(await liveRefreshes()).toBe(1)
    worker = startSyncWorker(space.payload, { sweepEveryMs: 3_600_000 })
    const discourse = await settled(story.id, 20)
    expect(topicFetches(story.topicId)).toBeLessThanOrEqual(3)
    await expectForumState(discourse, story.topicId)
  })

  it('20 signed reply deliveries arriving at once, the worker running: at most 3 topic fetches', async () => {
    const story = await publish('Night school for adults opens in the Accra library')
    space.simulator.setWebhook(null) // the replies land quietly; the deliveries below stand in
    await controlFetch(`${space.simulator.url}/__simulator/topics/${story.topicId}/activity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replies: 20 }),
    })
    await clearRequestLog(space.simulator)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const body = JSON.stringify({
          post: { id: 10_000 + i, topic_id: story.topicId, post_number: i + 2, username: 'amina' },
        })
        return fetch(`${space.url}/api/discourse/webhook`, {
          method: 'POST',
          body,
          headers: {
            'content-type': 'application/json',
            'x-discourse-event-id': `burst-${i}`,
            'x-discourse-event': 'post_created',
            'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body),
          },
        })
      }),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(202))
    const discourse = await settled(story.id, 20)
    expect(topicFetches(story.topicId)).toBeLessThanOrEqual(3)
    await expectForumState(discourse, story.topicId)
  })
})
