// The client against a scripted transport: exact request logs, no network, no real waiting.
import { describe, expect, it } from '@jest/globals'
import {
  createDiscourseClient,
  DiscourseNetworkError,
  DiscourseSchemaError,
  DiscourseValidationError,
  SPACE_USER_AGENT,
} from '@/bridge/discourse'
import { createScriptedTransport } from '@/tests/helpers/scriptedTransport'
import { topicFixture } from '@/tests/fixtures/discourse/topic'

const KEY = 'scripted-secret-key'

const setup = (retry = {}) => {
  const transport = createScriptedTransport()
  const waits: number[] = []
  const client = createDiscourseClient({
    baseUrl: 'https://forum.example.org/',
    apiKey: KEY,
    apiUsername: 'system',
    adapter: transport.adapter,
    retry: { jitter: 'none', ...retry },
    sleep: async (ms) => void waits.push(ms),
  })
  return { transport, client, waits }
}

const created = { id: 31, topic_id: 12, topic_slug: 'launch-window-opens', post_number: 1 }
const input = {
  title: 'Launch window opens soon',
  raw: 'Everything volunteers need to know.',
  externalId: 'story-12',
}

describe('createDiscourseClient', () => {
  it('sends Api-Key, Api-Username, a Space User-Agent and a timeout on every request', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 200, body: topicFixture() })
    await client.getTopic(12)
    expect(transport.requests[0].headers).toMatchObject({
      'Api-Key': KEY,
      'Api-Username': 'system',
      'User-Agent': SPACE_USER_AGENT,
    })
    expect(transport.requests[0].timeout).toBe(15_000)
  })

  it('creates a topic with one POST /posts.json carrying Discourse field names', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 200, body: created })
    const result = await client.createTopic({
      ...input,
      categoryId: 5,
      tags: ['moon'],
      embedUrl: 'https://space.example/s/12',
    })
    expect(result).toEqual({ topicId: 12, postId: 31, topicSlug: 'launch-window-opens' })
    expect(transport.log).toEqual(['START POST /posts.json'])
    expect(transport.requests[0].body).toEqual({
      title: input.title,
      raw: input.raw,
      category: 5,
      tags: ['moon'],
      external_id: 'story-12',
      embed_url: 'https://space.example/s/12',
    })
  })

  it('never retries a create whose answer was lost, even with retries left', async () => {
    const { transport, client, waits } = setup()
    transport.answer({ network: 'ECONNRESET' })
    await expect(client.createTopic(input)).rejects.toBeInstanceOf(DiscourseNetworkError)
    expect(transport.log).toEqual(['START POST /posts.json'])
    expect(waits).toEqual([])
  })

  it('never retries a create that got a 5xx either', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 502, body: '<html>Bad Gateway</html>' })
    await expect(client.createTopic(input)).rejects.toMatchObject({
      name: 'DiscourseServerError',
      status: 502,
    })
    expect(transport.log).toEqual(['START POST /posts.json'])
  })

  it('retries an idempotent read after 503s with exponential backoff', async () => {
    const { transport, client, waits } = setup()
    transport.answer(
      { status: 503, body: 'down' },
      { status: 503, body: 'down' },
      { status: 200, body: topicFixture() },
    )
    await client.getTopic(12)
    expect(transport.log).toEqual([
      'START GET /t/12.json',
      'START GET /t/12.json',
      'START GET /t/12.json',
    ])
    expect(waits).toEqual([300, 600])
  })

  it('waits Retry-After seconds before retrying a 429', async () => {
    const { transport, client, waits } = setup()
    transport.answer(
      {
        status: 429,
        body: { errors: ['wait'], error_type: 'rate_limit', extras: { wait_seconds: 9 } },
        headers: { 'Retry-After': '7' },
      },
      { status: 200 },
    )
    await client.updateFirstPost(31, 'A new body for the first post.')
    expect(waits).toEqual([7000])
    expect(transport.log).toEqual(['START PUT /posts/31.json', 'START PUT /posts/31.json'])
  })

  it("gives up after the policy's retries and throws the last error", async () => {
    const { transport, client, waits } = setup({ retries: 2 })
    transport.answer(
      { network: 'ECONNABORTED' },
      { network: 'ECONNABORTED' },
      { network: 'ECONNABORTED' },
    )
    await expect(client.getPost(31)).rejects.toMatchObject({
      name: 'DiscourseNetworkError',
      timedOut: true,
    })
    expect(waits).toHaveLength(2)
  })

  it('does not retry a 404 or a 422', async () => {
    const { transport, client } = setup()
    transport.answer({
      status: 422,
      body: { errors: ['Body is too short (minimum is 20 characters)'] },
    })
    await expect(client.updateFirstPost(31, 'short')).rejects.toBeInstanceOf(
      DiscourseValidationError,
    )
    expect(transport.log).toHaveLength(1)
  })

  it('follows the external_id redirect on the same origin: one lookup, then the topic', async () => {
    const { transport, client } = setup()
    transport.answer(
      {
        status: 301,
        headers: { Location: 'https://forum.example.org/t/launch-window-opens/12.json' },
      },
      { status: 200, body: topicFixture() },
    )
    const topic = await client.getTopicByExternalId('story-12')
    expect(topic?.id).toBe(12)
    expect(transport.log).toEqual([
      'START GET /t/external_id/story-12.json',
      'START GET /t/launch-window-opens/12.json',
    ])
  })

  it('answers null when no topic has that external_id', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 404, body: { errors: ['not found'], error_type: 'not_found' } })
    expect(await client.getTopicByExternalId('story-404')).toBeNull()
  })

  it('refuses a redirect to another host, so the key never leaves the forum', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 301, headers: { Location: 'https://evil.example.com/t/x/12.json' } })
    await expect(client.getTopicByExternalId('story-12')).rejects.toThrow(
      'redirected off the forum',
    )
    expect(transport.log).toHaveLength(1)
  })

  it('checks inputs before anything is sent', async () => {
    const { transport, client } = setup()
    await expect(
      client.createTopic({ ...input, externalId: 'has spaces/slash' }),
    ).rejects.toMatchObject({ name: 'DiscourseValidationError', status: 0 })
    await expect(client.updateTopic(12, {})).rejects.toBeInstanceOf(DiscourseValidationError)
    expect(transport.log).toEqual([])
  })

  it('sends status changes as Discourse wants them ("true"/"false" strings)', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 200, body: { success: 'OK' } })
    await client.setTopicStatus(12, 'visible', false)
    expect(transport.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/t/12/status.json',
      body: { status: 'visible', enabled: 'false' },
    })
  })

  it('pages category topics and reports more_topics_url', async () => {
    const { transport, client } = setup()
    transport.answer({
      status: 200,
      body: {
        topic_list: {
          per_page: 30,
          more_topics_url: '/c/space-news/5/l/latest?page=2',
          topics: [],
        },
      },
    })
    const page = await client.listCategoryTopics({ id: 5, slug: 'space-news' }, 1)
    expect(transport.log).toEqual(['START GET /c/space-news/5.json?page=1'])
    expect(page.moreTopicsUrl).toBe('/c/space-news/5/l/latest?page=2')
  })

  it('throws DiscourseSchemaError when a 2xx body lacks a field we rely on, and tolerates extra fields', async () => {
    const { transport, client } = setup()
    transport.answer(
      { status: 200, body: { ...topicFixture(), id: 'twelve' } },
      { status: 200, body: { ...topicFixture(), brand_new_field: 1 } },
    )
    await expect(client.getTopic(12)).rejects.toBeInstanceOf(DiscourseSchemaError)
    await expect(client.getTopic(12)).resolves.toMatchObject({ id: 12, brand_new_field: 1 })
  })

  it('builds topic URLs and counts the requests it sent, retries included', async () => {
    const { transport, client } = setup()
    transport.answer({ status: 500 }, { status: 200, body: { title: 'Forum' } })
    await client.getSiteBasicInfo()
    expect(client.topicUrl({ id: 12, slug: 'launch-window-opens' })).toBe(
      'https://forum.example.org/t/launch-window-opens/12',
    )
    expect(client.requestCount()).toBe(2)
  })
})
