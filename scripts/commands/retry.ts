import { Command } from 'commander'
import { runRetry } from '@/bridge/admin/runRetry'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { collectList } from '../cli/collectList'
import { runCommand } from '../cli/runCommand'

export const retryCommand = () =>
  withCommonOptions(new Command('retry'))
    .description('requeue failed sync work and run it now')
    .option(
      '--story <id|slug>',
      'only this failed story (repeat, or separate with commas)',
      collectList,
    )
    .option('--queue-only', 'requeue only; leave running the jobs to the server')
    .action((opts: CommonOptions & { story?: string[]; queueOnly?: boolean }) =>
      runCommand('retry', opts, {
        run: (_ctx, deps) =>
          runRetry(
            {
              stories: opts.story,
              dryRun: opts.dryRun,
              limit: opts.limit,
              queueOnly: opts.queueOnly,
            },
            deps,
          ),
      }),
    )
