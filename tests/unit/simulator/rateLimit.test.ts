import { describe, expect, it } from '@jest/globals'
import { takeSlot, type SlidingWindow } from '@/simulator/rateLimit'

describe("takeSlot (a sliding one-minute window, as Discourse's RateLimiter)", () => {
  it('allows `limit` requests a minute, then says how long until the oldest leaves the window', () => {
    const window: SlidingWindow = { hits: new Map(), limit: () => 3 }
    expect([0, 1000, 2000].map((t) => takeSlot(window, 'k', t))).toEqual([0, 0, 0])
    expect(takeSlot(window, 'k', 30_000)).toBe(30_000)
    expect(takeSlot(window, 'k', 60_001)).toBe(0)
    expect(takeSlot(window, 'other', 30_000)).toBe(0)
  })
})
