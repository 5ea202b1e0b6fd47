// The shared request budget (bridge/discourse/sharedLimiter.ts) in virtual time: limiters of
// several processes over one store claim distinct slots, so together they keep one pace.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  createSharedLimiter,
  LimiterStoppedError,
  memoryBudgetStore,
  type DiscourseLimiter,
} from '@/bridge/discourse'
import { takeSlot, type SlidingWindow } from '@/simulator/rateLimit'

beforeEach(() => void jest.useFakeTimers())
afterEach(() => void jest.useRealTimers())

const limitersOver = (store: ReturnType<typeof memoryBudgetStore>, n: number, perMinute: number) =>
  Array.from({ length: n }, () =>
    createSharedLimiter({ store, budget: 'forum', maxRequestsPerMinute: perMinute }),
  )

const stopAll = (limiters: DiscourseLimiter[]) => Promise.all(limiters.map((l) => l.stop()))

describe('createSharedLimiter', () => {
  it('two limiters over one database never start two requests within one interval', async () => {
    const perMinute = 600
    const interval = Math.ceil(60_000 / (perMinute * 0.97))
    const store = memoryBudgetStore()
    const limiters = limitersOver(store, 2, perMinute)
    const starts: Array<{ at: number; by: number }> = []
    const tasks = Array.from({ length: 60 }, (_, i) =>
      limiters[i % 2]!.schedule(async () => void starts.push({ at: Date.now(), by: i % 2 })),
    )
    await jest.advanceTimersByTimeAsync(60 * interval + 100)
    await Promise.all(tasks)
    const times = starts.map((s) => s.at).sort((a, b) => a - b)
    const gaps = times.slice(1).map((t, i) => t - times[i]!)
    expect(times).toHaveLength(60)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval)
    // Both drew on the budget: it is shared, not taken by whoever asked first.
    expect(new Set(starts.map((s) => s.by)).size).toBe(2)
    await stopAll(limiters)
  })

  it("three processes together stay inside Discourse's sliding window and use ≥ 90% of it", async () => {
    const perMinute = 60
    const store = memoryBudgetStore()
    const limiters = limitersOver(store, 3, perMinute)
    const window: SlidingWindow = { hits: new Map(), limit: () => perMinute }
    const started = Date.now()
    let refused = 0
    const done: number[] = []
    const tasks = Array.from({ length: 240 }, (_, i) =>
      limiters[i % 3]!.schedule(async () => {
        if (takeSlot(window, 'key', Date.now()) > 0) refused++
        done.push(Date.now() - started)
      }),
    )
    tasks.forEach((t) => t.catch(() => undefined))
    await jest.advanceTimersByTimeAsync(3 * 60_000)
    expect(refused).toBe(0)
    expect(done.filter((t) => t >= 120_000 && t < 180_000).length).toBeGreaterThanOrEqual(
      0.9 * perMinute,
    )
    await stopAll(limiters)
    // Stopping drops what still waited: those requests fail instead of hanging.
    await expect(Promise.all(tasks)).rejects.toBeInstanceOf(LimiterStoppedError)
  })

  it("a key-wide 429 met by one process pauses the others' queued requests", async () => {
    const store = memoryBudgetStore()
    const [a, b] = limitersOver(store, 2, 600)
    const started = Date.now()
    const times: number[] = []
    const first = a!.schedule(async () => void times.push(Date.now() - started))
    await jest.advanceTimersByTimeAsync(200)
    await first
    a!.pause(5_000)
    await jest.advanceTimersByTimeAsync(10)
    const later = Array.from({ length: 3 }, () =>
      b!.schedule(async () => void times.push(Date.now() - started)),
    )
    await jest.advanceTimersByTimeAsync(10_000)
    await Promise.all(later)
    expect(times.slice(1).every((t) => t >= 5_200)).toBe(true)
    expect(store.rows.get('budget-pause:forum')).toEqual({ until: started + 200 + 5_000 })
    await stopAll([a!, b!])
  })

  it('forgets slots older than a minute, so the rows do not pile up', async () => {
    const store = memoryBudgetStore()
    const [limiter] = limitersOver(store, 1, 600)
    const run = () => limiter!.schedule(async () => undefined)
    const first = run()
    await jest.advanceTimersByTimeAsync(200)
    await first
    await jest.advanceTimersByTimeAsync(120_000)
    const second = run()
    await jest.advanceTimersByTimeAsync(200)
    await second
    const slots = [...store.rows.keys()].filter((k) => k.startsWith('budget:forum:'))
    expect(slots).toHaveLength(1)
    await limiter!.stop()
  })
})
