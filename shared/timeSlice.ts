/**
 * A long loop of awaits can hold the event loop for seconds: SQLite's driver answers within the
 * call, so each `await` resumes as a microtask and timers and sockets never get their turn
 * (a reconciliation pass of 10,000 stories once held a web process's requests for 4.4 s).
 * `timeSlice()` answers a function to await inside such a loop: it lets the event loop run
 * (setImmediate) once `sliceMs` has passed since it last did, and costs nothing otherwise.
 */
export const timeSlice = (sliceMs = 15): (() => Promise<void>) => {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < sliceMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    since = performance.now()
  }
}
