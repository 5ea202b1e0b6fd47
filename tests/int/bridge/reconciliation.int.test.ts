import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { createBridge } from '@/bridge/createBridge'
import { runReconcilePass } from '@/bridge/activity/runReconcilePass'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import type { LatestReply } from '@/shared/latestReplies'
import { MAX_POST_PAGES } from '@/bridge/activity/readLatestPosts'
import { MAX_REPLY_FETCHES } from '@/bridge/activity/reconcileActivity'
import { clearRequestLog } from '@/tests/helpers/simulatorTopics'

const space = bootForSuite(() => bootWithSimulator({ DISCOURSE_CATEGORY_ID: '5' }))
const ids: Array<number | string> = []
beforeAll(async () => {
  for (const city of ['Lagos', 'Lima', 'Hanoi']) {
    const doc = await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: `Neighbourhood assembly in ${city}`,
        body: lexicalDocument([paragraphNode(`Residents of ${city} met to plan the year.`)]),
        status: 'published',
      } as never,
    })
    ids.push(doc.id)
  }
  await drainSyncQueue(space.payload)
  // Activity below happens with webhooks off, as when deliveries are lost.
  space.simulator.setWebhook(null)
})

const discourseOf = async (id: number | string) =>
  (await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })).discourse!
const activity = (topicId: number, body: Record<string, unknown>) =>
  controlFetch(`${space.simulator.url}/__simulator/topics/${topicId}/activity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/** The topic as the forum serves it (read after the request log was checked). */
const forumTopic = async (topicId: number) =>
  (
    await fetch(`${space.simulator.url}/t/${topicId}.json`, {
      headers: { 'Api-Key': 'simulator-key', 'Api-Username': 'system' },
    })
  ).json()
const newestReplyIds = (topic: { post_stream: { stream: number[] } }) =>
  topic.post_stream.stream.slice(1).reverse().slice(0, 5)
const latestIds = (d: { latestReplies?: unknown }) =>
  (d.latestReplies as LatestReply[]).map((r) => r.id)
const forumRequests = () => space.simulator.requests().map((r) => `${r.method} ${r.path}`)
const createForumTopic = async (title: string) => {
  const res = await fetch(`${space.simulator.url}/posts.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'Api-Key': 'simulator-key',
      'Api-Username': 'system',
    },
    body: JSON.stringify({ title, raw: 'Anything goes here: introduce yourself and say hello.' }),
  })
  return ((await res.json()) as { topic_id: number }).topic_id
}

describe('reconciliation', () => {
  it('a first pass is a full pass that reads the category listing once', async () => {
    const bridge = createBridge(space.env)
    const report = await runReconcilePass(space.payload, bridge, 'incremental')
    expect(report).toMatchObject({ mode: 'full', linked: 3, pagesRead: 1, topicsFetched: 0 })
    expect(report!.requests).toBe(1)
  })

  it('an incremental pass after activity updates exactly the changed story, in one listing request', async () => {
    const bridge = createBridge(space.env)
    const changed = await discourseOf(ids[1]!)
    await new Promise((r) => setTimeout(r, 1100)) // activity strictly after the previous pass began
    await activity(changed.topicId!, { replies: 2 })
    const before = await Promise.all(ids.map(discourseOf))
    const report = await runReconcilePass(space.payload, bridge, 'incremental')
    expect(report).toMatchObject({ mode: 'incremental', updated: 1, pagesRead: 1 })
    expect(report!.requests).toBeLessThanOrEqual(1 + 2)
    const after = await Promise.all(ids.map(discourseOf))
    expect(after[1]!.replyCount).toBe(2)
    expect(after[0]).toEqual(before[0])
    expect(after[2]).toEqual(before[2])
  })

  it('brings back the latest replies and participants of a missed reply, from the latest-posts listing', async () => {
    const bridge = createBridge(space.env)
    const story = await discourseOf(ids[0]!)
    await new Promise((r) => setTimeout(r, 1100)) // activity strictly after the previous pass began
    await activity(story.topicId!, { replies: 1, username: 'ngozi' })
    await clearRequestLog(space.simulator)
    const report = await runReconcilePass(space.payload, bridge, 'incremental')
    const requests = forumRequests()
    const after = await discourseOf(ids[0]!)
    const forum = await forumTopic(story.topicId!)
    expect(after).toMatchObject({
      replyCount: forum.posts_count - 1,
      participants: forum.participant_count,
    })
    expect(latestIds(after)).toEqual(newestReplyIds(forum))
    expect((after.latestReplies as LatestReply[])[0]).toMatchObject({ username: 'ngozi' })
    // The budget: the category listing, one page of latest posts, no topic fetched.
    expect(requests).toEqual(['GET /c/5.json', 'GET /posts.json'])
    expect(report).toMatchObject({ repliesFromListing: 1, topicsFetched: 0, postPagesRead: 1 })
  })

  it('fetches the topic, within the budget, when the listing cannot reach back to the missed reply', async () => {
    const bridge = createBridge(space.env)
    const story = await discourseOf(ids[1]!)
    await new Promise((r) => setTimeout(r, 1100))
    await activity(story.topicId!, { replies: 1 })
    // A busy topic Space does not link: more new posts than the pass may read.
    const busy = await createForumTopic('Elsewhere on the forum: the weekly open thread')
    await activity(busy, { replies: MAX_POST_PAGES * 50 + 10 })
    await clearRequestLog(space.simulator)
    const report = await runReconcilePass(space.payload, bridge, 'incremental')
    const requests = forumRequests()
    const after = await discourseOf(ids[1]!)
    const forum = await forumTopic(story.topicId!)
    expect(after).toMatchObject({
      replyCount: forum.posts_count - 1,
      participants: forum.participant_count,
    })
    expect(latestIds(after)).toEqual(newestReplyIds(forum))
    expect(
      requests.filter((r) => r === 'GET /posts.json' || r.startsWith('GET /posts.json?')),
    ).toHaveLength(MAX_POST_PAGES)
    expect(requests.filter((r) => r.startsWith('GET /t/'))).toEqual([
      `GET /t/${story.topicId}.json`,
    ])
    expect(report).toMatchObject({ topicsFetched: 1, repliesOwed: [] })
    expect(report!.requests).toBeLessThanOrEqual(
      report!.pagesRead + MAX_POST_PAGES + 2 * MAX_REPLY_FETCHES,
    )
  })

  it('a full pass picks up views, which do not bump a topic, and marks a vanished topic', async () => {
    const bridge = createBridge(space.env)
    const viewed = await discourseOf(ids[0]!)
    const vanished = await discourseOf(ids[2]!)
    await activity(viewed.topicId!, { views: 25 })
    await controlFetch(`${space.simulator.url}/__simulator/topics/${vanished.topicId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deleted: true }),
    })
    const report = await runReconcilePass(space.payload, bridge, 'full')
    expect(report).toMatchObject({ mode: 'full', topicsFetched: 1, topicsDeleted: 1 })
    expect((await discourseOf(ids[0]!)).views).toBe(viewed.views! + 25)
    expect((await discourseOf(ids[2]!)).syncState).toBe('topic_deleted')
  })

  it('runs a pass on one instance at a time', async () => {
    const bridge = createBridge(space.env)
    const [a, b] = await Promise.all([
      runReconcilePass(space.payload, bridge, 'full'),
      runReconcilePass(space.payload, bridge, 'full'),
    ])
    expect([a, b].filter((r) => r === null)).toHaveLength(1)
  })
})
