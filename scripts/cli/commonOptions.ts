import { InvalidArgumentError, type Command } from 'commander'

/** The flags every command takes. */
export type CommonOptions = { dryRun?: boolean; json?: boolean; limit?: number; verbose?: boolean }

const parseLimit = (value: string): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of at least 1.')
  return n
}

/** Adds --dry-run, --json, --limit and --verbose to a command. */
export const withCommonOptions = (command: Command): Command =>
  command
    .option('--dry-run', 'change nothing anywhere; print what would be done')
    .option('--json', 'print one JSON document on stdout (logs go to stderr)')
    .option('--limit <n>', 'handle at most N items', parseLimit)
    .option('--verbose', 'more detail, and info-level logs on stderr')
