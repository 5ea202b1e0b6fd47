/**
 * Ctrl-C as an AbortSignal: the first SIGINT asks the command to stop after the item in
 * flight (nothing is lost: what is owed stays owed in the rows, queued jobs stay queued);
 * a second one quits at once.
 */
export const installInterrupt = (
  say: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): AbortSignal => {
  const controller = new AbortController()
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130)
    say('Stopping after the item in flight… (Ctrl-C again to quit at once)')
    controller.abort(new Error('interrupted'))
  }
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigint)
  return controller.signal
}
