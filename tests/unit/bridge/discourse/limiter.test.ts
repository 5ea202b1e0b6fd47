// The shared limiter, in virtual time: its pace against Discourse's sliding one-minute window
// (the simulator's own takeSlot), and pauses for key-wide 429s.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createDiscourseLimiter } from '@/bridge/discourse'
import { takeSlot, type SlidingWindow } from '@/simulator/rateLimit'

beforeEach(() => void jest.useFakeTimers())
afterEach(() => void jest.useRealTimers())

describe('createDiscourseLimiter', () => {
  it("uses at least 90% of the allowed rate and never exceeds Discourse's sliding window", async () => {
    const perMinute = 60
    const limiter = createDiscourseLimiter({ maxRequestsPerMinute: perMinute })
    const window: SlidingWindow = { hits: new Map(), limit: () => perMinute }
    const started = Date.now()
    let refused = 0
    const done: number[] = []
    const tasks = Array.from({ length: 200 }, () =>
      limiter.schedule(async () => {
        if (takeSlot(window, 'key', Date.now()) > 0) refused++
        done.push(Date.now() - started)
      }),
    )
    await jest.advanceTimersByTimeAsync(3 * 60_000)
    const inThirdMinute = done.filter((t) => t >= 120_000 && t < 180_000).length
    expect(refused).toBe(0)
    expect(inThirdMinute).toBeGreaterThanOrEqual(0.9 * perMinute)
    // 200 tasks outlast three minutes; stopping drops the rest, which reject.
    tasks.forEach((t) => t.catch(() => undefined))
    await limiter.stop()
  })

  it('pauses every queued request for a key-wide 429, then resumes at the same pace', async () => {
    const limiter = createDiscourseLimiter({ maxRequestsPerMinute: 600 })
    const started = Date.now()
    const times: number[] = []
    const tasks = Array.from({ length: 4 }, () =>
      limiter.schedule(async () => void times.push(Date.now() - started)),
    )
    await jest.advanceTimersByTimeAsync(50)
    limiter.pause(5_000)
    await jest.advanceTimersByTimeAsync(10_000)
    await Promise.all(tasks)
    expect(times[0]).toBeLessThan(50)
    expect(times.slice(1).every((t) => t >= 5_000)).toBe(true)
    expect(times[3] - times[2]).toBeGreaterThanOrEqual(100)
    await limiter.stop()
  })
})
