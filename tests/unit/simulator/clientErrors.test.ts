// Each typed error, produced by the simulator behaving like Discourse (not by a script).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createDiscourseClient,
  DiscourseAuthError,
  DiscourseNetworkError,
  DiscourseNotFoundError,
  DiscourseRateLimitError,
  DiscourseValidationError,
  type DiscourseClientOptions,
} from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'

let sim: Simulator
const client = (overrides: Partial<DiscourseClientOptions> = {}) =>
  createDiscourseClient({
    baseUrl: sim.url,
    apiKey: 'simulator-key',
    apiUsername: 'system',
    retry: { retries: 0 },
    ...overrides,
  })
const story = (n: number) => ({
  title: `A story long enough to be titled ${n}`,
  raw: 'A body that Discourse will accept as long enough.',
  categoryId: 5,
  externalId: `story-${n}`,
})
const faults = (body: object) =>
  fetch(`${sim.url}/__simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

beforeAll(async () => void (sim = await startSimulator({ port: 0, logger: false })))
beforeEach(() => {
  sim.reset()
  sim.settings.max_admin_api_reqs_per_minute = 60
})
afterAll(() => sim.close())

describe('client errors against the simulator', () => {
  it("a wrong API key is a DiscourseAuthError carrying Discourse's invalid_access body, without the key", async () => {
    const err = await client({ apiKey: 'wrong-key-xyz' })
      .getTopic(10)
      .catch((e) => e)
    expect(err).toBeInstanceOf(DiscourseAuthError)
    expect(err.body).toEqual({
      errors: [
        'You are not permitted to view the requested resource. The API username or key is invalid.',
      ],
      error_type: 'invalid_access',
    })
    expect(`${err.message} ${JSON.stringify(err)}`).not.toMatch(/wrong-key-xyz|127\.0\.0\.1/)
  })

  it('a username that is not staff is refused the same way', async () => {
    await expect(client({ apiUsername: 'sally_ride' }).listCategories()).rejects.toBeInstanceOf(
      DiscourseAuthError,
    )
  })

  it('a missing topic is a DiscourseNotFoundError', async () => {
    await expect(client().getTopic(999)).rejects.toBeInstanceOf(DiscourseNotFoundError)
  })

  it("a short title and body are a DiscourseValidationError with Discourse's sentences", async () => {
    const err = await client()
      .createTopic({ title: 'Too short', raw: 'Short body', externalId: 'story-x' })
      .catch((e) => e)
    expect(err).toBeInstanceOf(DiscourseValidationError)
    expect(err.status).toBe(422)
    expect(err.errors).toEqual([
      'Body is too short (minimum is 20 characters)',
      'Title is too short (minimum is 15 characters)',
    ])
  })

  it('a second create with the same external_id is refused with "External has already been taken"', async () => {
    await client().createTopic(story(1))
    const err = await client()
      .createTopic({ ...story(1), title: 'A different title for the same story' })
      .catch((e) => e)
    expect(err.errors).toEqual(['External has already been taken'])
  })

  it('going over the admin API limit is a DiscourseRateLimitError with the wait and limiter code', async () => {
    sim.settings.max_admin_api_reqs_per_minute = 2
    await client().getSiteBasicInfo()
    await client().getSiteBasicInfo()
    const err = await client()
      .getSiteBasicInfo()
      .catch((e) => e)
    expect(err).toBeInstanceOf(DiscourseRateLimitError)
    expect(err.limiterCode).toBe('admin_api_key_rate_limit')
    expect(err.retryAfterMs).toBeGreaterThan(55_000)
    expect(err.retryAfterMs).toBeLessThanOrEqual(60_000)
    expect(err.body).toMatchObject({
      error_type: 'rate_limit',
      extras: { wait_seconds: err.retryAfterMs / 1000 },
    })
  })

  it('an injected 502 is a DiscourseServerError; with retries the read succeeds', async () => {
    await faults({ failNext: 1, status: 502 })
    await expect(client().getSiteBasicInfo()).rejects.toMatchObject({
      name: 'DiscourseServerError',
      status: 502,
    })
    await faults({ failNext: 2, status: 503 })
    const waits: number[] = []
    const patient = client({
      retry: { retries: 3, baseDelayMs: 1 },
      sleep: async (ms) => void waits.push(ms),
    })
    await expect(patient.getSiteBasicInfo()).resolves.toMatchObject({ title: expect.any(String) })
    expect(waits).toHaveLength(2)
  })

  it('a forum that is down is a DiscourseNetworkError (connection reset)', async () => {
    await faults({ down: true })
    const err = await client()
      .getTopic(10)
      .catch((e) => e)
    expect(err).toBeInstanceOf(DiscourseNetworkError)
    expect(err.timedOut).toBe(false)
  })

  it('a create committed before the connection dropped is a DiscourseNetworkError, and the lookup by external_id finds it', async () => {
    await faults({ dropAfterCommitNext: 1 })
    await expect(client().createTopic(story(7))).rejects.toBeInstanceOf(DiscourseNetworkError)
    const found = await client().getTopicByExternalId('story-7')
    expect(found).toMatchObject({ title: story(7).title, external_id: 'story-7' })
    expect(sim.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /posts.json null',
      'GET /t/external_id/story-7.json 301',
      `GET /t/${found!.slug}/${found!.id}.json 200`,
    ])
  })

  it('a slow forum beyond the timeout is a DiscourseNetworkError with timedOut', async () => {
    await faults({ latencyMs: 400 })
    const err = await client({ timeoutMs: 100 })
      .getSiteBasicInfo()
      .catch((e) => e)
    expect(err).toBeInstanceOf(DiscourseNetworkError)
    expect(err.timedOut).toBe(true)
  })
})
