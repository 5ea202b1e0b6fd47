// The simulator behaves like Discourse where the bridge depends on it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createDiscourseClient, DiscourseNotFoundError } from '@/bridge/discourse'
import { DEFAULT_CATEGORY_IDS, startSimulator, type Simulator } from '@/simulator'

let sim: Simulator
const KEY = 'simulator-key'
const client = () =>
  createDiscourseClient({
    baseUrl: sim.url,
    apiKey: KEY,
    apiUsername: 'system',
    retry: { retries: 0 },
  })
const story = (n: number, categoryId = 5) => ({
  title: `Volunteer dispatch number ${n} from orbit`,
  raw: 'A body that is long enough for the forum.',
  categoryId,
  externalId: `story-${n}`,
})
const control = (method: string, path: string, body?: object) =>
  fetch(`${sim.url}/__simulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  }).then((r) => r.json())

beforeAll(
  async () =>
    void (sim = await startSimulator({
      port: 0,
      logger: false,
      maxAdminApiReqsPerMinute: 100_000,
    })),
)
beforeEach(() => sim.reset())
afterAll(() => sim.close())

describe('Discourse simulator', () => {
  it('starts with Uncategorized (1), Space News (5) and Events (6) listed by /categories.json', async () => {
    const categories = await client().listCategories()
    expect(categories.map((c) => [c.id, c.slug])).toEqual(
      expect.arrayContaining([
        [1, 'uncategorized'],
        [5, 'space-news'],
        [6, 'events'],
      ]),
    )
    expect(DEFAULT_CATEGORY_IDS).toMatchObject({ uncategorized: 1, spaceNews: 5, events: 6 })
  })

  it('lists 30 topics a page with more_topics_url while more remain', async () => {
    for (let i = 0; i < 31; i++) await client().createTopic(story(i))
    const first = await client().listCategoryTopics({ id: 5, slug: 'space-news' })
    const second = await client().listCategoryTopics({ id: 5, slug: 'space-news' }, 1)
    expect([first.topics.length, first.moreTopicsUrl]).toEqual([
      30,
      '/c/space-news/5/l/latest?page=1',
    ])
    expect([second.topics.length, second.moreTopicsUrl]).toEqual([1, undefined])
  })

  it('orders topics by last activity: a reply bumps an old topic to the top', async () => {
    const old = await client().createTopic(story(1))
    await client().createTopic(story(2))
    expect((await client().listLatestTopics()).topics[0].id).not.toBe(old.topicId)
    await control('POST', `/topics/${old.topicId}/activity`, { replies: 2, likes: 4, views: 9 })
    const [top] = (await client().listLatestTopics()).topics
    expect(top).toMatchObject({
      id: old.topicId,
      posts_count: 3,
      reply_count: 2,
      like_count: 4,
      views: 9,
    })
  })

  it('answers 404 for a soft-deleted topic, hides it from lists, and keeps its external_id taken', async () => {
    const t = await client().createTopic(story(1))
    await client().deleteTopic(t.topicId)
    await expect(client().getTopic(t.topicId)).rejects.toBeInstanceOf(DiscourseNotFoundError)
    expect(await client().getTopicByExternalId('story-1')).toBeNull()
    expect((await client().listLatestTopics()).topics).toEqual([])
    await expect(
      client().createTopic({ ...story(1), title: 'The same story told a second time' }),
    ).rejects.toMatchObject({ errors: ['External has already been taken'] })
  })

  it('refuses a second topic for the same embed_url', async () => {
    await client().createTopic({ ...story(1), embedUrl: 'https://space.example/stories/1' })
    await expect(
      client().createTopic({ ...story(2), embedUrl: 'https://space.example/stories/1' }),
    ).rejects.toMatchObject({ errors: ['Embed url has already been taken'] })
  })

  it('refuses a duplicate title, as Discourse does by default', async () => {
    await client().createTopic(story(1))
    await expect(
      client().createTopic({ ...story(1), externalId: 'story-other' }),
    ).rejects.toMatchObject({ errors: ['Title has already been used'] })
  })

  it('lets anonymous readers read but not write', async () => {
    await client().createTopic(story(1))
    const read = await fetch(`${sim.url}/latest.json`)
    const write = await fetch(`${sim.url}/posts.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(read.status).toBe(200)
    expect([write.status, await write.json()]).toEqual([
      403,
      { errors: ['You need to be logged in to do that.'], error_type: 'not_logged_in' },
    ])
  })

  it("answers a 429 with Discourse's body, Retry-After and Discourse-Rate-Limit-Error-Code", async () => {
    sim.settings.max_admin_api_reqs_per_minute = 1
    const headers = { 'Api-Key': KEY, 'Api-Username': 'system' }
    await fetch(`${sim.url}/site/basic-info.json`, { headers })
    const res = await fetch(`${sim.url}/site/basic-info.json`, { headers })
    sim.settings.max_admin_api_reqs_per_minute = 100_000
    const body = (await res.json()) as { extras: { wait_seconds: number } }
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe(String(body.extras.wait_seconds))
    expect(res.headers.get('discourse-rate-limit-error-code')).toBe('admin_api_key_rate_limit')
    expect(body).toMatchObject({
      error_type: 'rate_limit',
      errors: [expect.stringContaining('Please wait')],
      extras: { time_left: expect.any(String) },
    })
  })

  it('lets the control API create drift on the forum side (title, first post, visibility)', async () => {
    const t = await client().createTopic(story(1))
    await control('PATCH', `/topics/${t.topicId}`, {
      title: 'A moderator retitled this topic',
      raw: 'A moderator rewrote the first post entirely.',
      visible: false,
    })
    const topic = await client().getTopic(t.topicId)
    const post = await client().getPost(t.postId)
    expect([topic.title, topic.visible, post.raw, post.version]).toEqual([
      'A moderator retitled this topic',
      false,
      'A moderator rewrote the first post entirely.',
      2,
    ])
  })

  it('keeps a request log without the API key, which DELETE clears', async () => {
    await client().createTopic(story(1))
    const log = await control('GET', '/requests')
    expect(log).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/posts.json',
        status: 200,
        apiUsername: 'system',
      }),
    ])
    expect(JSON.stringify(log)).not.toContain(KEY)
    await fetch(`${sim.url}/__simulator/requests`, { method: 'DELETE' })
    expect(await control('GET', '/requests')).toEqual([])
  })

  it('forgets everything on reset', async () => {
    await client().createTopic(story(1))
    await control('POST', '/reset')
    expect(await control('GET', '/topics')).toEqual([])
  })
})
