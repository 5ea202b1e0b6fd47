import { Command } from 'commander'
import { runBackfill, type BackfillResult } from '@/bridge/admin/runBackfill'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { runCommand } from '../cli/runCommand'

const renderBackfill = (r: BackfillResult): string[] => [
  `${r.candidates} published document(s) without a topic; looked up by external_id${r.embedUrlLookup ? ' and embed_url' : ' (embed_url lookup not available in this client)'}`,
]

export const backfillCommand = () =>
  withCommonOptions(new Command('backfill'))
    .description(
      'link published stories and events without a topic to topics that already exist (never creates one)',
    )
    .action((opts: CommonOptions) =>
      runCommand('backfill', opts, {
        run: (_ctx, deps) => runBackfill({ dryRun: opts.dryRun, limit: opts.limit }, deps),
        render: renderBackfill,
      }),
    )
