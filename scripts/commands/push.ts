import { Command } from 'commander'
import { runPush, type PushResult } from '@/bridge/admin/runPush'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { collectList } from '../cli/collectList'
import { runCommand } from '../cli/runCommand'

const renderPush = (r: PushResult, o: CommonOptions): string[] =>
  r.swept && (o.verbose || r.swept.queued || r.swept.released)
    ? [
        `Outbox sweep: ${r.swept.queued} owed document(s) queued, ${r.swept.released} stale job(s) released`,
      ]
    : []

export const pushCommand = () =>
  withCommonOptions(new Command('push'))
    .description('run pending sync work now; with --story or --all, re-sync those from Space first')
    .option(
      '--story <id|slug>',
      're-sync this story (repeat, or separate with commas)',
      collectList,
    )
    .option('--all', 're-sync every published story and event')
    .action((opts: CommonOptions & { story?: string[]; all?: boolean }, command: Command) => {
      if (opts.story?.length && opts.all)
        command.error('error: use either --story or --all, not both', { exitCode: 2 })
      return runCommand('push', opts, {
        run: (_ctx, deps) =>
          runPush(
            { stories: opts.story, all: opts.all, dryRun: opts.dryRun, limit: opts.limit },
            deps,
          ),
        render: renderPush,
      })
    })
