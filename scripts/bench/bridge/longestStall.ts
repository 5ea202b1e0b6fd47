import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * Runs `work` and answers, beside its result, the longest the event loop was blocked while it
 * ran (Node's own monitor, sampling every 5 ms): how long a web request arriving meanwhile in
 * the same process could have waited for the work to let go.
 */
export const withLongestStall = async <T>(
  work: () => Promise<T>,
): Promise<{ result: T; longestStallMs: number }> => {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  try {
    const result = await work()
    return { result, longestStallMs: Math.round(delay.max / 1e6) }
  } finally {
    delay.disable()
  }
}
