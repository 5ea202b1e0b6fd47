import { timeSlice } from '@/shared/timeSlice'

describe('timeSlice', () => {
  it('lets a timer run in the middle of a loop of awaits that never wait', async () => {
    let timerRan = false
    let turnsBeforeTimer = -1
    setTimeout(() => (timerRan = true), 0)
    const letOthersRun = timeSlice(5)
    const started = performance.now()
    for (let turn = 0; performance.now() - started < 50; turn++) {
      // An await on an answer already there, as SQLite's driver gives: a microtask, no I/O turn.
      await Promise.resolve()
      await letOthersRun()
      if (timerRan && turnsBeforeTimer < 0) turnsBeforeTimer = turn
    }
    expect(timerRan).toBe(true)
    expect(turnsBeforeTimer).toBeGreaterThan(0)
  })

  it('does not yield before its slice has passed', async () => {
    let timerRan = false
    setTimeout(() => (timerRan = true), 0)
    const letOthersRun = timeSlice(60_000)
    for (let turn = 0; turn < 1000; turn++) await letOthersRun()
    expect(timerRan).toBe(false)
  })
})
