// The admin CLI's command line: parses it, runs the command (each boots Payload itself and does
// its work through bridge/admin), and exits 0, 1, 2 or 130. Loaded by scripts/bridge.ts.
import { CommanderError } from 'commander'
import { buildProgram } from './buildProgram'
import { ExitCode } from './ExitCode'

export const runCli = async (argv: string[]): Promise<void> => {
  const program = buildProgram()
  // Commander exits 1 on a usage error; here usage errors are 2, help and --version are 0.
  program.exitOverride()
  for (const command of program.commands) command.exitOverride()
  try {
    await program.parseAsync(argv)
    if (argv.length <= 2) program.help()
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err
    const quiet = [
      'commander.helpDisplayed',
      'commander.help',
      'commander.version',
      'commander.executeSubCommandAsync',
    ].includes(err.code)
    process.exit(quiet ? ExitCode.ok : ExitCode.usage)
  }
}
