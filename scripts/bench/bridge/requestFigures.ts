// Figures from the simulator's request log: what reached the forum, how fast, what it refused.
import type { RequestLogEntry } from '@/simulator'

/** `GET /t/123.json?page=2` → `GET /t/:id.json`: one kind per route. */
export const requestKind = (e: Pick<RequestLogEntry, 'method' | 'path'>) =>
  `${e.method} ${e.path.replace(/\?.*$/, '').replace(/\/\d+(?=[/.]|$)/g, '/:id')}`

export const countKinds = (entries: RequestLogEntry[]) => {
  const kinds = new Map<string, number>()
  for (const e of entries) kinds.set(requestKind(e), (kinds.get(requestKind(e)) ?? 0) + 1)
  return [...kinds.entries()].sort((a, b) => b[1] - a[1])
}

export type RateFigures = {
  requests: number
  rateLimited: number
  /** From the first request's arrival to the last one's. */
  spanMs: number
  /** requests / (allowed per minute × minutes of span). */
  share: number
}

export const rateFigures = (entries: RequestLogEntry[], perMinute: number): RateFigures => {
  const times = entries.map((e) => Date.parse(e.time)).sort((a, b) => a - b)
  const spanMs = times.length > 1 ? times[times.length - 1]! - times[0]! : 0
  return {
    requests: entries.length,
    rateLimited: entries.filter((e) => e.status === 429).length,
    spanMs,
    share: spanMs > 0 ? entries.length / ((perMinute * spanMs) / 60_000) : 0,
  }
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
    : NaN

/**
 * The limiter's own pace and where the rest of the time went: gaps between requests it let go.
 * A gap near the nominal interval is the limiter pacing; a longer one is time it had no work.
 */
export const gapFigures = (starts: number[], perMinute: number) => {
  const nominal = 60_000 / perMinute
  const gaps = starts.slice(1).map((t, i) => t - starts[i]!)
  const sorted = [...gaps].sort((a, b) => a - b)
  const median = percentile(sorted, 50)
  const idle = gaps.filter((g) => g > 2 * nominal)
  return {
    medianGapMs: median,
    /** The rate the limiter keeps while it has work: allowed interval / its median gap. */
    steadyShare: median > 0 ? nominal / median : 0,
    idleGaps: idle.length,
    idleMs: idle.reduce((s, g) => s + g - median, 0),
    longestGapMs: sorted[sorted.length - 1] ?? 0,
  }
}
