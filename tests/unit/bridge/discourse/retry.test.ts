import { describe, expect, it } from '@jest/globals'
import {
  DiscourseNetworkError,
  DiscourseRateLimitError,
  DiscourseServerError,
  DiscourseValidationError,
  defaultRetryPolicy,
  retryDelayMs,
  sleep,
  withRetry,
} from '@/bridge/discourse'
import { MAX_LATER_TRY_DELAY_MS, backoffDelayMs, laterTryDelayMs } from '@/bridge/discourse/retry'

const policy = { ...defaultRetryPolicy }
const server = new DiscourseServerError({ status: 503, method: 'GET', path: '/t/1.json' })

describe('retryDelayMs', () => {
  it('waits Retry-After exactly, never jittered, whatever the backoff would be', () => {
    const limited = new DiscourseRateLimitError({
      status: 429,
      method: 'GET',
      path: '/t/1.json',
      retryAfterMs: 25_000,
    })
    expect(retryDelayMs(limited, 1, policy, () => 0.01)).toBe(25_000)
    expect(retryDelayMs(limited, 3, policy, () => 0.99)).toBe(25_000)
  })

  it('gives up when the server asks for longer than maxRetryAfterMs (the job retries later)', () => {
    const limited = new DiscourseRateLimitError({
      status: 429,
      method: 'GET',
      path: '/t/1.json',
      retryAfterMs: 3_600_000,
    })
    expect(retryDelayMs(limited, 1, policy)).toBeNull()
  })

  it('backs off exponentially with full jitter, capped at maxDelayMs', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(server, n, { ...policy, jitter: 'none' }))).toEqual([
      300, 600, 1200,
    ])
    expect(retryDelayMs(server, 2, policy, () => 0.5)).toBe(300)
    expect(
      retryDelayMs(server, 4, { ...policy, retries: 20, maxDelayMs: 1000, jitter: 'none' }),
    ).toBe(1000)
  })

  it('stops after `retries` retries and never retries a validation error', () => {
    expect(retryDelayMs(server, policy.retries + 1, policy)).toBeNull()
    expect(
      retryDelayMs(
        new DiscourseValidationError({
          status: 422,
          method: 'PUT',
          path: '/posts/1.json',
          errors: [],
        }),
        1,
        policy,
      ),
    ).toBeNull()
  })
})

describe("laterTryDelayMs (a job's next try, the same backoff from the sync's base)", () => {
  it('waits exactly the server-given time, without jitter', () => {
    const limited = new DiscourseRateLimitError({
      status: 429,
      method: 'POST',
      path: '/posts.json',
      retryAfterMs: 30_000,
    })
    expect(laterTryDelayMs(limited, 1, 2000, () => 0.1)).toBe(30_000)
  })

  it('grows exponentially from the base with full jitter', () => {
    expect(laterTryDelayMs(server, 1, 2000, () => 1)).toBe(2000)
    expect(laterTryDelayMs(server, 3, 2000, () => 1)).toBe(8000)
    expect(laterTryDelayMs(server, 3, 2000, () => 0.5)).toBe(4000)
    expect(laterTryDelayMs(server, 3, 2000, () => 0.5)).toBe(
      backoffDelayMs(
        3,
        { baseDelayMs: 2000, maxDelayMs: MAX_LATER_TRY_DELAY_MS, jitter: 'full' },
        () => 0.5,
      ),
    )
  })

  it('never waits longer than the maximum delay, even when the server asks', () => {
    expect(laterTryDelayMs(server, 30, 2000, () => 1)).toBe(MAX_LATER_TRY_DELAY_MS)
    const limited = new DiscourseRateLimitError({
      status: 429,
      method: 'POST',
      path: '/posts.json',
      retryAfterMs: 24 * 3600_000,
    })
    expect(laterTryDelayMs(limited, 1, 2000)).toBe(MAX_LATER_TRY_DELAY_MS)
  })
})

describe('withRetry', () => {
  it('retries an idempotent request until it succeeds, waiting as decided', async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw server
        return 'ok'
      },
      {
        policy: { ...policy, jitter: 'none' },
        method: 'GET',
        sleep: async (ms) => void waits.push(ms),
      },
    )
    expect([result, calls, waits]).toEqual(['ok', 3, [300, 600]])
  })

  it('never retries a POST, whose outcome may be unknown', async () => {
    let calls = 0
    const network = new DiscourseNetworkError({
      status: 0,
      method: 'POST',
      path: '/posts.json',
      timedOut: true,
    })
    const run = withRetry(
      async () => {
        calls++
        throw network
      },
      { policy, method: 'POST', sleep: async () => undefined },
    )
    await expect(run).rejects.toBe(network)
    expect(calls).toBe(1)
  })
})

describe('sleep', () => {
  it('ends at once when its signal is aborted (Ctrl-C)', async () => {
    const controller = new AbortController()
    const started = Date.now()
    const waiting = sleep(60_000, controller.signal)
    controller.abort(new Error('interrupted'))
    await expect(waiting).rejects.toThrow('interrupted')
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
