import { Command } from 'commander'
import { runVerify, type VerifyResult } from '@/bridge/admin/runVerify'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { runCommand } from '../cli/runCommand'

const renderVerify = (r: VerifyResult): string[] => [
  `Checked ${r.checked} linked document(s): ${r.drifted.length} drifted, ${r.orphans.length} orphan topic(s)${r.fix && !r.dryRun && r.drifted.length ? '; repairs ran through the sync queue' : ''}`,
  ...(r.orphanScan?.notes ?? []).map((note) => `Orphan check: ${note}`),
]

export const verifyCommand = () =>
  withCommonOptions(new Command('verify'))
    .description(
      'compare every linked story and event with its topic; --fix repairs drift through the normal sync path',
    )
    .option('--fix', 're-sync drifted documents from Space (orphan topics are only reported)')
    .action((opts: CommonOptions & { fix?: boolean }) =>
      runCommand('verify', opts, {
        run: (_ctx, deps) =>
          runVerify({ fix: opts.fix, dryRun: opts.dryRun, limit: opts.limit }, deps),
        render: renderVerify,
      }),
    )
