import { Command } from 'commander'
import { backfillCommand } from '../commands/backfill'
import { pullCommand } from '../commands/pull'
import { pushCommand } from '../commands/push'
import { retryCommand } from '../commands/retry'
import { statusCommand } from '../commands/status'
import { verifyCommand } from '../commands/verify'

/** The `space-bridge` program: one command per file in scripts/commands. */
export const buildProgram = (): Command =>
  new Command('space-bridge')
    .description('Keep Space and its Discourse forum in step: safe to run beside a live server.')
    .showHelpAfterError()
    .addCommand(statusCommand())
    .addCommand(pushCommand())
    .addCommand(pullCommand())
    .addCommand(verifyCommand())
    .addCommand(backfillCommand())
    .addCommand(retryCommand())
    .addHelpText(
      'after',
      '\nCommon flags: --dry-run, --json, --limit N, --verbose.\nExit codes: 0 all well, 1 some items failed (listed), 2 usage or configuration error, 130 interrupted.\nSee docs/CLI.md.',
    )
