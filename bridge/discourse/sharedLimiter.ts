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
 * a row too (`budget-pause:<key>`, `until`), read before claiming and again before starting,
 * so one process's 429 holds every process back. Claims are made one at a time per process
 * (the waits overlap); a process's first claim after a quiet spell looks up the highest slot.
 * A claim aims past its own duration; a slot whose time had passed by half an interval when its
 * claim landed (a slow database) or when its timer fired (a busy event loop) is given up and
 * another claimed, so each request starts within half an interval of its own slot's time.
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
  // How late after its slot's time a request may still start. Every start lies in
  // [slot time, slot time + late] of a slot of its own, so any two are at least
  // interval − late apart, and a minute holds at most 60 000 / interval + 1 of them.
  const late = interval / 2

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

  // The pause row as last read. Read before each claim and, while requests wait, about once an
  // interval in the background: a request due to start never waits on the database.
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
    watching ??= setInterval(
      () => {
        if (waiting === 0) {
          clearInterval(watching)
          watching = undefined
        } else if (now() - lastRead >= Math.min(interval, 1000)) void readPause()
      },
      Math.min(interval, 1000),
    )
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
      // After a quiet spell this process's memory is stale: others may have claimed ahead.
      if (lastClaimed < Math.ceil(began / interval)) {
        const highest = await store.highest(slotPrefix)
        if (highest) slot = Math.max(slot, slotOf(highest) + 1)
      }
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
        await readPause()
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
