import { describe, expect, it } from '@jest/globals'
import {
  AxiosError,
  AxiosHeaders,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'
import {
  DiscourseAuthError,
  DiscourseNetworkError,
  DiscourseNotFoundError,
  DiscourseRateLimitError,
  DiscourseSchemaError,
  DiscourseServerError,
  DiscourseValidationError,
  isDiscourseNetworkError,
  isDiscourseRateLimitError,
  isRetryable,
  parseRetryAfter,
  toDiscourseError,
} from '@/bridge/discourse'

const KEY = 'secret-api-key-123'
const config = (method = 'get', url = '/t/1.json') =>
  ({
    method,
    url,
    baseURL: 'https://forum.example.org',
    headers: AxiosHeaders.from({ 'Api-Key': KEY, 'Api-Username': 'system' }),
  }) as InternalAxiosRequestConfig

const failed = (
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
  method = 'get',
  url = '/t/1.json',
) => {
  const cfg = config(method, url)
  const response = {
    status,
    data,
    headers,
    config: cfg,
    statusText: '',
    request: {},
  } as AxiosResponse
  return new AxiosError(
    `Request failed with status code ${status}`,
    'ERR_BAD_REQUEST',
    cfg,
    {},
    response,
  )
}

describe('toDiscourseError', () => {
  it.each([
    [401, DiscourseAuthError],
    [403, DiscourseAuthError],
    [404, DiscourseNotFoundError],
    [410, DiscourseNotFoundError],
    [400, DiscourseValidationError],
    [422, DiscourseValidationError],
    [429, DiscourseRateLimitError],
    [500, DiscourseServerError],
    [502, DiscourseServerError],
    [503, DiscourseServerError],
  ])('maps HTTP %i to %p', (status, cls) => {
    expect(toDiscourseError(failed(status, {}))).toBeInstanceOf(cls)
  })

  it("carries Discourse's errors list on a 422 and names method and path in the message", () => {
    const err = toDiscourseError(
      failed(
        422,
        { action: 'create_post', errors: ['Title is too short (minimum is 15 characters)'] },
        {},
        'post',
        '/posts.json',
      ),
    )
    expect(err).toBeInstanceOf(DiscourseValidationError)
    expect((err as DiscourseValidationError).errors).toEqual([
      'Title is too short (minimum is 15 characters)',
    ])
    expect(err.message).toBe(
      'POST /posts.json failed with 422: Title is too short (minimum is 15 characters)',
    )
  })

  it('reads the wait from Retry-After seconds first, and the limiter code from its header', () => {
    const err = toDiscourseError(
      failed(
        429,
        { errors: ['slow down'], error_type: 'rate_limit', extras: { wait_seconds: 40 } },
        { 'retry-after': '25', 'discourse-rate-limit-error-code': 'admin_api_key_rate_limit' },
      ),
    )
    expect(isDiscourseRateLimitError(err) && [err.retryAfterMs, err.limiterCode]).toEqual([
      25_000,
      'admin_api_key_rate_limit',
    ])
  })

  it('falls back to extras.wait_seconds when there is no Retry-After', () => {
    expect(
      toDiscourseError(failed(429, { error_type: 'rate_limit', extras: { wait_seconds: 7 } }))
        .retryAfterMs,
    ).toBe(7000)
  })

  it('parses a text/plain 429 body (nginx, Rack) for its wait', () => {
    expect(
      toDiscourseError(
        failed(
          429,
          'Slow down, too many requests from this IP address. Please retry again in 12 seconds.',
        ),
      ).retryAfterMs,
    ).toBe(12_000)
  })

  it('maps a timeout to a network error with timedOut, and a reset without', () => {
    const timeout = toDiscourseError(
      new AxiosError('timeout of 100ms exceeded', 'ECONNABORTED', config()),
    )
    const reset = toDiscourseError(
      new AxiosError('socket hang up', 'ECONNRESET', config('put', '/posts/3.json')),
    )
    expect(isDiscourseNetworkError(timeout) && timeout.timedOut).toBe(true)
    expect(reset).toBeInstanceOf(DiscourseNetworkError)
    expect((reset as DiscourseNetworkError).timedOut).toBe(false)
    expect(reset.message).toBe('PUT /posts/3.json failed without an answer (ECONNRESET)')
  })

  it('never carries the API key, the host or the headers, even when serialised', () => {
    for (const err of [
      toDiscourseError(failed(500, 'boom')),
      toDiscourseError(
        new AxiosError('connect ECONNREFUSED forum.example.org', 'ECONNREFUSED', config()),
      ),
    ]) {
      const everything = JSON.stringify({
        ...err,
        message: err.message,
        cause: String(err.cause),
        stack: err.stack,
      })
      expect(everything).not.toContain(KEY)
      expect(everything).not.toContain('forum.example.org')
    }
  })

  it('redacts credentials passed in the query string', () => {
    expect(toDiscourseError(failed(404, {}, {}, 'get', '/t/1.json?api_key=abc&page=2')).path).toBe(
      '/t/1.json?api_key=%5BREDACTED%5D&page=2',
    )
  })
})

describe('isRetryable', () => {
  it('retries 429, 5xx and network errors, never 400, 401, 403, 404 or 422', () => {
    const retryable = [429, 500, 503].map((s) => isRetryable(toDiscourseError(failed(s, {}))))
    const final = [400, 401, 403, 404, 422].map((s) => isRetryable(toDiscourseError(failed(s, {}))))
    expect(retryable).toEqual([true, true, true])
    expect(final).toEqual([false, false, false, false, false])
    expect(isRetryable(toDiscourseError(new AxiosError('x', 'ECONNRESET', config())))).toBe(true)
    expect(isRetryable(new DiscourseSchemaError('GET', '/t/1.json', ['id: expected number']))).toBe(
      false,
    )
  })

  it('recognises errors by name too, as ky does (errors crossing module copies)', () => {
    const foreign = Object.assign(new Error('x'), { name: 'DiscourseRateLimitError', status: 429 })
    expect(isDiscourseRateLimitError(foreign)).toBe(true)
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})
