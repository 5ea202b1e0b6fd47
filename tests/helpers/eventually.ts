// The one polling wait of the browser suites: the product's sync, webhooks and jobs are
// asynchronous, so a test waits for the state it expects, never for a fixed time. The limit
// only stops a hung test; a loaded two-core machine may take minutes, and that must not fail.
export const HANG_LIMIT_MS = 300_000

/** Polls `check` until it answers a truthy value; an error thrown by a check is retried. */
export const eventually = async <T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  limitMs = HANG_LIMIT_MS,
): Promise<T> => {
  const deadline = Date.now() + limitMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline)
      throw new Error(
        `gave up after ${limitMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`,
      )
    await new Promise((r) => setTimeout(r, 500))
  }
}
