import type { Payload } from 'payload'

/** SIGTERM/SIGINT: stop taking work, let what is in flight finish, then exit. A second signal exits at once. */
export const installGracefulShutdown = (
  logger: Payload['logger'],
  shutdown: () => Promise<void>,
) => {
  let stopping = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    logger.info({ signal }, 'shutting down: finishing work in flight')
    const force = setTimeout(() => {
      logger.warn('shutdown took longer than 25 s; exiting')
      process.exit(1)
    }, 25_000)
    force.unref()
    shutdown()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, 'error during shutdown')
        process.exit(1)
      })
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
