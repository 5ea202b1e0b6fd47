// Retry policy as data, defaults written once (STYLE.md §11–13), and the one retry loop.
import { isRetryable } from './errors'

export type RetryPolicy = {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** 'full': wait a random time in [0, backoff] (AWS "full jitter"); 'none': wait the backoff exactly. */
  jitter: 'full' | 'none'
  /** A server asking for a longer wait than this is not waited for inside one call: the job retries later. */
  maxRetryAfterMs: number
}

export const defaultRetryPolicy = {
  retries: 4,
  baseDelayMs: 300,
  maxDelayMs: 30_000,
  jitter: 'full',
  maxRetryAfterMs: 120_000,
} as const satisfies RetryPolicy

export const resolveRetryPolicy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  ...defaultRetryPolicy,
  ...overrides,
})

/** POST is not idempotent: a create whose answer was lost may have happened (ky leaves POST out too). */
export const isIdempotentMethod = (method: string): boolean =>
  ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(method.toUpperCase())

/**
 * Milliseconds to wait before retry number `retry` (1-based), or null to give up.
 * A server-given wait (Retry-After, extras.wait_seconds) wins and is never jittered.
 */
export const retryDelayMs = (
  err: unknown,
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | null => {
  if (!isRetryable(err) || retry > policy.retries) return null
  const serverWait = (err as { retryAfterMs?: number }).retryAfterMs
  if (serverWait !== undefined) return serverWait > policy.maxRetryAfterMs ? null : serverWait
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  return policy.jitter === 'full' ? Math.floor(random() * backoff) : backoff
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** A wait that Ctrl-C (an aborted signal) ends at once, rejecting with the signal's reason. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })

export type RetryOptions = {
  policy: RetryPolicy
  method: string
  signal?: AbortSignal
  sleep?: Sleep
  random?: () => number
  onRetry?: (info: { err: unknown; retry: number; delayMs: number }) => void
}

/** Runs `attempt` and retries idempotent requests on 429, 5xx and network errors. */
export const withRetry = async <T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> => {
  const wait = opts.sleep ?? sleep
  for (let retry = 1; ; retry++) {
    try {
      return await attempt()
    } catch (err) {
      const delayMs = isIdempotentMethod(opts.method)
        ? retryDelayMs(err, retry, opts.policy, opts.random)
        : null
      if (delayMs === null) throw err
      opts.onRetry?.({ err, retry, delayMs })
      await wait(delayMs, opts.signal)
    }
  }
}
