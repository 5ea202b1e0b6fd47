// Discourse's admin API limiter: RateLimiter.new(nil, "admin_api_min", max_admin_api_reqs_per_minute,
// 60, error_code: "admin_api_key_rate_limit"), a sliding window of the last minute's requests.
import type { RequestHandler } from 'express'
import { rateLimitedBody } from './discourseErrors'

export const ADMIN_API_LIMITER_CODE = 'admin_api_key_rate_limit'
const WINDOW_MS = 60_000

export type SlidingWindow = { hits: Map<string, number[]>; limit: () => number }

/** Milliseconds until `key` may make another request, 0 if it may now; records the hit when allowed. */
export const takeSlot = (window: SlidingWindow, key: string, now = Date.now()): number => {
  const hits = (window.hits.get(key) ?? []).filter((t) => t > now - WINDOW_MS)
  window.hits.set(key, hits)
  if (hits.length < window.limit()) {
    hits.push(now)
    return 0
  }
  return hits[hits.length - window.limit()] + WINDOW_MS - now
}

/** Runs after auth: only requests made with the admin API key count (res.locals.apiKey). */
export const rateLimit =
  (window: SlidingWindow): RequestHandler =>
  (req, res, next) => {
    const key = res.locals.apiKey as string | undefined
    if (!key) return next()
    const waitMs = takeSlot(window, key)
    if (waitMs === 0) return next()
    const waitSeconds = Math.max(1, Math.ceil(waitMs / 1000))
    res
      .status(429)
      .set('Retry-After', String(waitSeconds))
      .set('Discourse-Rate-Limit-Error-Code', ADMIN_API_LIMITER_CODE)
      .json(rateLimitedBody(waitSeconds))
  }
