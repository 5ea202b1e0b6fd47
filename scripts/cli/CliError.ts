import { ExitCode } from './ExitCode'

/** An error the CLI reports as one line and an exit code, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.usage,
    readonly cause?: string,
  ) {
    super(message)
  }
}
