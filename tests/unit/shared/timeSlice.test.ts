import { timeSlice } from '@/shared/timeSlice'

// Bounded by turns, never by the clock: on a loaded machine the loop may be descheduled for
// longer than any wall-clock budget before its first turn (the test once failed so under CI load).
const TURNS = 5_000_000

describe('timeSlice', () => {
  it('lets a timer run in the middle of a loop of awaits that never wait', async () => {
    let timerRan = false
    let turnsBeforeTimer = -1
    setTimeout(() => (timerRan = true), 0)
    const letOthersRun = timeSlice(5)
    // Without the slice the timer would never run: every await resumes as a microtask.
    for (let turn = 0; turn < TURNS && !timerRan; turn++) {
      // An await on an answer already there, as SQLite's driver gives: a microtask, no I/O turn.
      await Promise.resolve()
      await letOthersRun()
      if (timerRan) turnsBeforeTimer = turn
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
