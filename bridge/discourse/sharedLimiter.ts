// One request budget per forum API key across every process on one database (web, workers,
// the CLI): requests claim numbered time slots as rows of a BudgetStore, so together they stay
// under DISCOURSE_MAX_REQUESTS_PER_MINUTE instead of each process spending the whole of it.
import type { BudgetStore } from './budgetStore'
import type { DiscourseLimiter } from './limiter'

export type SharedLimiterOptions = {
  store: BudgetStore
  /** Names the budget: budgetKey.ts hashes the forum's URL and API key into it. */
  budget: string
  maxRequestsPerMinute: number
  /** Share of the allowed rate aimed for (limiter.ts says why 97%). */
  utilisation?: number
  /** Slot rows older than this are deleted, at most once per this period (default a minute). */
  forgetAfterMs?: number
  now?: () => number
}

// Slot indexes are zero-padded so that string order (the key) is number order.
const PAD = 16
// Another process's 429 is heeded within this long (this process's own at once).
const PAUSE_FRESH_MS = 1000

export class LimiterStoppedError extends Error {
  constructor() {
    super('the Discourse request limiter was stopped')
    this.name = 'LimiterStoppedError'
  }
}

/**
 * Slot n starts at n × interval (interval = 60 000 / (max × utilisation) ms). A request
 * claims the first free slot that has not started yet by inserting `budget:<key>:<n>`: the
 * unique key makes the insert the claim, and a conflict (another process took it) moves on to
 * the slot after the highest claimed. It then waits for the slot's time. A key-wide 429 is
 * a row too (`budget-pause:<key>`, `until`), read before claiming and while waiting (at most
 * a second old), so one process's 429 holds every process back. Claims are made one at a time
 * per process (the waits overlap); a conflict looks up the highest slot and claims past it.
 * A claim aims past its own duration; a slot whose time had passed by more than `late` when its
 * claim landed (a slow database) or when its timer fired (a busy event loop) is given up and
 * another claimed, so requests never bunch beyond what the forum's sliding minute allows.
 */
export const createSharedLimiter = ({
  store,
  budget,
  maxRequestsPerMinute,
  utilisation = 0.97,
  forgetAfterMs = 60_000,
  now = Date.now,
}: SharedLimiterOptions): DiscourseLimiter => {
  if (!(maxRequestsPerMinute > 0)) throw new RangeError('maxRequestsPerMinute must be positive')
  const interval = Math.ceil(60_000 / (maxRequestsPerMinute * utilisation))
  const slotPrefix = `budget:${budget}:`
  const pauseKey = `budget-pause:${budget}`
  const slotKey = (slot: number) => slotPrefix + String(slot).padStart(PAD, '0')
  const slotOf = (key: string) => Number(key.slice(slotPrefix.length))
  // How late after its slot's time a request may still start: every start lies within `late`
  // after the time of a slot of its own, so a sliding minute holds the starts of the slots
  // timed in 60 000 + late ms, at most (60 000 + late) / interval + 1. What that may add and
  // still stay within the forum's limit is `slack`; `late` takes half of it, leaving the rest
  // for the network's own jitter. A second at most; a little at least, as timers are not exact.
  const slack = (maxRequestsPerMinute - 1) * interval - 60_000
  const late = Math.min(Math.max(slack / 2, 10), 1000)

  let stopped = false
  let waiting = 0
  let lastClaimed = -1
  let lastForget = 0
  let claims: Promise<unknown> = Promise.resolve()
  const timers = new Set<{ timer: NodeJS.Timeout; reject: (err: Error) => void }>()

  const sleepUntil = (at: number) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) return reject(new LimiterStoppedError())
      const entry = {
        timer: setTimeout(
          () => {
            timers.delete(entry)
            resolve()
          },
          Math.max(0, at - now()),
        ),
        reject,
      }
      timers.add(entry)
    })

  // The pause row as last read: before a claim when the last read is a second old, and every
  // second in the background while requests wait. A request due to start never waits on it.
  let knownPause = 0
  let lastRead = 0
  let reading: Promise<void> | undefined
  const readPause = (): Promise<void> => {
    reading ??= store
      .read(pauseKey)
      .then((row) => {
        knownPause = Math.max(knownPause, Number(row?.until ?? 0))
        lastRead = now()
      })
      .catch(() => undefined)
      .finally(() => (reading = undefined))
    return reading
  }
  let watching: NodeJS.Timeout | undefined
  const watchPause = () => {
    watching ??= setInterval(() => {
      if (waiting === 0) {
        clearInterval(watching)
        watching = undefined
      } else if (now() - lastRead >= PAUSE_FRESH_MS) void readPause()
    }, PAUSE_FRESH_MS)
  }

  const forgetOldSlots = async (current: number) => {
    if (now() - lastForget < forgetAfterMs) return
    lastForget = now()
    const oldest = current - Math.ceil(forgetAfterMs / interval)
    if (oldest > 0) await store.deleteBelow(slotPrefix, slotKey(oldest))
  }

  // How long a claim takes (a moving average): a claim aims that far ahead, so the slot it
  // lands has not begun by the time it is ours.
  let lead = Math.min(interval, 20)

  /** Claims the first free slot that begins after `pausedTill` and after the claim lands. */
  const claim = async (pausedTill: number): Promise<number> => {
    for (;;) {
      if (stopped) throw new LimiterStoppedError()
      const began = now()
      let slot = Math.max(Math.ceil(Math.max(began + lead, pausedTill) / interval), lastClaimed + 1)
      // A conflict means others claimed ahead: one look at the highest slot skips past them all.
      while (!(await store.insert(slotKey(slot), { at: slot * interval }))) {
        if (stopped) throw new LimiterStoppedError()
        const highest = await store.highest(slotPrefix)
        slot = Math.max(slot + 1, highest ? slotOf(highest) + 1 : 0)
      }
      lastClaimed = slot
      lead = Math.min(lead * 0.8 + (now() - began) * 0.2, 60_000)
      void forgetOldSlots(slot).catch(() => undefined)
      // A slot that began before the claim landed is given up (see `late`).
      if (now() <= slot * interval + late) return slot
    }
  }

  /** Claims in this process's claim queue, so its own requests never race one another. */
  const claimInTurn = (pausedTill: number): Promise<number> => {
    const mine = claims.then(() => claim(pausedTill))
    claims = mine.catch(() => undefined)
    return mine
  }

  const schedule = async <T>(task: () => Promise<T>): Promise<T> => {
    waiting++
    watchPause()
    try {
      for (;;) {
        if (now() - lastRead >= PAUSE_FRESH_MS) await readPause()
        const slot = await claimInTurn(knownPause)
        const at = slot * interval
        await sleepUntil(at)
        // A 429 met while this request waited voids its slot: claim one after the pause. So
        // does waking late (a busy event loop fires timers late, and together): started now,
        // it could follow the request before it, or precede the next, within an interval.
        if (knownPause <= at && now() <= at + late) break
      }
    } finally {
      waiting--
    }
    if (stopped) throw new LimiterStoppedError()
    return task()
  }

  const pause = (ms: number) => {
    const until = now() + Math.max(0, ms)
    if (until <= knownPause) return
    knownPause = until
    void (async () => {
      const row = await store.read(pauseKey)
      if (Number(row?.until ?? 0) < until) await store.write(pauseKey, { until })
    })().catch(() => undefined)
  }

  return {
    schedule,
    pause,
    queued: () => waiting,
    stop: async () => {
      stopped = true
      clearInterval(watching)
      for (const { timer, reject } of timers) {
        clearTimeout(timer)
        reject(new LimiterStoppedError())
      }
      timers.clear()
      await claims
    },
  }
}
