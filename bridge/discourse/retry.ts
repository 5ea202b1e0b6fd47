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
 * The one backoff: milliseconds before retry number `retry` (1-based), doubling from
 * `baseDelayMs` up to `maxDelayMs`, with full jitter unless the policy says none. Used by the
 * client's short retries inside one call and by the sync job's later tries (laterTryDelayMs).
 */
export const backoffDelayMs = (
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'jitter'>,
  random: () => number = Math.random,
): number => {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1))
  return policy.jitter === 'full' ? Math.floor(random() * backoff) : backoff
}

/** The wait a server asked for (Retry-After, extras.wait_seconds), if it asked. */
const serverWaitOf = (err: unknown): number | undefined =>
  (err as { retryAfterMs?: number } | null)?.retryAfterMs

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
  const serverWait = serverWaitOf(err)
  if (serverWait !== undefined) return serverWait > policy.maxRetryAfterMs ? null : serverWait
  return backoffDelayMs(retry, policy, random)
}

/** The longest a job waits between two of its tries. */
export const MAX_LATER_TRY_DELAY_MS = 10 * 60_000

/**
 * Milliseconds before a job's next try (`tries` failed so far, 1-based), once the client's
 * short retries are spent: the server's wait when it gave one (never jittered), else the
 * backoff from `baseDelayMs` with full jitter, so many documents failing at once do not
 * return in lockstep; at most MAX_LATER_TRY_DELAY_MS either way.
 */
export const laterTryDelayMs = (
  err: unknown,
  tries: number,
  baseDelayMs: number,
  random: () => number = Math.random,
): number => {
  const serverWait = serverWaitOf(err)
  if (serverWait !== undefined && serverWait > 0)
    return Math.min(serverWait, MAX_LATER_TRY_DELAY_MS)
  return backoffDelayMs(
    tries,
    { baseDelayMs, maxDelayMs: MAX_LATER_TRY_DELAY_MS, jitter: 'full' },
    random,
  )
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
