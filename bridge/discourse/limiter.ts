// Pacing, kept apart from retrying (octokit's throttling plugin): the budget of one process
// alone, sized from DISCOURSE_MAX_REQUESTS_PER_MINUTE. Processes on a database share theirs
// through it instead (sharedLimiter.ts); this one paces a bridge no Payload was attached to.
import Bottleneck from 'bottleneck'

export type DiscourseLimiter = {
  /** Runs `task` when the pace allows. */
  schedule<T>(task: () => Promise<T>): Promise<T>
  /** Starts nothing new for `ms` (a key-wide 429); extends, never shortens, a pause under way. */
  pause(ms: number): void
  /** Requests waiting for their turn. */
  queued(): number
  stop(): Promise<void>
}

export type DiscourseLimiterOptions = {
  maxRequestsPerMinute: number
  /**
   * Share of the allowed rate we aim for. Discourse counts a sliding 60 s window; even spacing
   * at 97% keeps clear of it when arrival times wobble by a few ms, and still uses ≥ 90% of the
   * rate once heartbeat rounding is counted.
   */
  utilisation?: number
}

export const createDiscourseLimiter = ({
  maxRequestsPerMinute,
  utilisation = 0.97,
}: DiscourseLimiterOptions): DiscourseLimiter => {
  if (!(maxRequestsPerMinute > 0)) throw new RangeError('maxRequestsPerMinute must be positive')
  // A token bucket of one token, refilled every `interval` ms: even spacing with no burst.
  // Not bottleneck's minTime: with minTime every queued job is booked a start time at once,
  // so a pause could not hold them. Tokens keep jobs queued until it is their turn.
  const interval = Math.ceil(60_000 / (maxRequestsPerMinute * utilisation))
  const bottleneck = new Bottleneck({
    maxConcurrent: null,
    reservoir: 1,
    reservoirIncreaseInterval: interval,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseMaximum: 1,
    // Refills happen on heartbeat ticks; a fine tick keeps the real pace near `interval`.
    heartbeatInterval: Math.max(5, Math.min(50, Math.floor(interval / 20))),
  })
  let pausedUntil = 0

  // A pause is a debt of tokens: the bucket must refill past zero before anything starts.
  // (bottleneck 2.19.5's updateSettings() stops the refill heartbeat, so we never call it.)
  const pause = (ms: number) => {
    const until = Date.now() + Math.max(0, ms)
    if (until <= pausedUntil) return
    pausedUntil = until
    const target = 1 - Math.ceil(ms / interval)
    void bottleneck
      .currentReservoir()
      .then((current) => bottleneck.incrementReservoir(target - (current ?? 0)))
  }

  // Bottleneck's heartbeat timer is unref'd: a CLI awaiting queued work would exit mid-queue.
  // A ref'd timer lives while anything is scheduled.
  let pending = 0
  let keepAlive: NodeJS.Timeout | undefined
  const schedule = async <T>(task: () => Promise<T>): Promise<T> => {
    if (pending++ === 0) keepAlive = setInterval(() => undefined, 1 << 30)
    try {
      return await bottleneck.schedule(task)
    } finally {
      if (--pending === 0) clearInterval(keepAlive)
    }
  }

  return {
    schedule,
    pause,
    queued: () => bottleneck.queued(),
    stop: async () => {
      clearInterval(keepAlive)
      await bottleneck.stop({ dropWaitingJobs: true }).catch(() => undefined)
    },
  }
}
