import { syncBackoff, syncBackoffPolicy } from '@/bridge/sync/syncBackoff'

describe('syncBackoff', () => {
  it('waits exactly the server-given time, without jitter', () => {
    expect(syncBackoff(1, 30_000, () => 0.1)).toBe(30_000)
  })

  it('grows exponentially with full jitter below the ceiling', () => {
    expect(syncBackoff(1, undefined, () => 1)).toBe(syncBackoffPolicy.baseDelayMs)
    expect(syncBackoff(3, undefined, () => 1)).toBe(syncBackoffPolicy.baseDelayMs * 4)
    expect(syncBackoff(3, undefined, () => 0.5)).toBe(syncBackoffPolicy.baseDelayMs * 2)
  })

  it('never waits longer than the maximum delay', () => {
    expect(syncBackoff(30, undefined, () => 1)).toBe(syncBackoffPolicy.maxDelayMs)
    expect(syncBackoff(1, 24 * 3600_000)).toBe(syncBackoffPolicy.maxDelayMs)
  })
})
