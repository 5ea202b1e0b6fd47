// `npm run bridge -- <command>` and the `space-bridge` bin: the admin CLI (docs/CLI.md).
// Parses the command line only; each command boots Payload itself, does its work through
// bridge/admin, and exits 0, 1, 2 or 130.
import { CommanderError } from 'commander'
import { buildProgram } from './cli/buildProgram'
import { ExitCode } from './cli/ExitCode'

const program = buildProgram()
// Commander exits 1 on a usage error; here usage errors are 2, help and --version are 0.
program.exitOverride()
for (const command of program.commands) command.exitOverride()
// A command's database call can wait on SQLite's lock held by the running server; that wait
// holds no handle on the event loop, and Node would end the process with code 13 ("unsettled
// top-level await") mid-command. A timer keeps the process alive until the command returns.
const keepAlive = setInterval(() => undefined, 1000)
try {
  await program.parseAsync(process.argv)
  if (process.argv.length <= 2) program.help()
} catch (err) {
  if (!(err instanceof CommanderError)) throw err
  const quiet = ['commander.helpDisplayed', 'commander.help', 'commander.version', 'commander.executeSubCommandAsync'].includes(err.code)
  process.exit(quiet ? ExitCode.ok : ExitCode.usage)
} finally {
  clearInterval(keepAlive)
}
