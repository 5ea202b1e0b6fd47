import { jest } from '@jest/globals'
import { announceActivityDue, onActivityDue } from '@/bridge/activity/activityDue'

describe('activityDue', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') }))
  afterEach(() => jest.useRealTimers())

  it('wakes a listener when each announced refresh falls due, and not after it unsubscribed', () => {
    let wakes = 0
    const stop = onActivityDue(() => void wakes++)
    announceActivityDue(new Date(Date.now() - 1)) // already due: at once
    announceActivityDue(new Date(Date.now() + 1000))
    jest.advanceTimersByTime(0)
    expect(wakes).toBe(1)
    jest.advanceTimersByTime(999)
    expect(wakes).toBe(1)
    jest.advanceTimersByTime(1)
    expect(wakes).toBe(2)
    announceActivityDue(new Date(Date.now() + 500))
    stop()
    jest.advanceTimersByTime(1000)
    expect(wakes).toBe(2)
  })
})
