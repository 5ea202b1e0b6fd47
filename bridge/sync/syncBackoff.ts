/** Long-retry policy of the sync job (the client's own short retries come first). */
export const syncBackoffPolicy = { baseDelayMs: 2_000, maxDelayMs: 10 * 60_000 } as const

/**
 * Delay before try `tries` (1-based) of a sync: the server's wait when it gave one (never
 * jittered), else exponential backoff with full jitter, so many stories failing at once
 * do not return in lockstep.
 */
export const syncBackoff = (
  tries: number,
  serverWaitMs?: number,
  random = Math.random,
  baseDelayMs: number = syncBackoffPolicy.baseDelayMs,
): number => {
  if (serverWaitMs !== undefined && serverWaitMs > 0)
    return Math.min(serverWaitMs, syncBackoffPolicy.maxDelayMs)
  const ceiling = Math.min(syncBackoffPolicy.maxDelayMs, baseDelayMs * 2 ** Math.max(0, tries - 1))
  return Math.round(random() * ceiling)
}
