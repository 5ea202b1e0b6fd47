/**
 * Keeps a process entry's event loop alive until released (or process.exit). While Payload
 * starts or a command runs, the only pending work can be a database call waiting on a lock
 * held by another process (the server, a worker, the CLI); such a wait holds no handle on the
 * event loop, and Node would end the process with code 13 ("unsettled top-level await").
 * `npm start`, `npm run bridge`, `npm run migrate` and `npm run seed:demo` call this first.
 */
export const holdEventLoop = (): (() => void) => {
  const timer = setInterval(() => undefined, 1000)
  return () => clearInterval(timer)
}
