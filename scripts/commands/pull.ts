import { Command } from 'commander'
import { runPull, type PullResult } from '@/bridge/admin/runPull'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { runCommand } from '../cli/runCommand'

const renderPull = (r: PullResult): string[] => {
  if (r.plan)
    return [
      `Would run a ${r.mode} pass${r.plan.since ? ` (topics active since ${r.plan.since})` : ''} over ${r.plan.linked} linked topics in ${r.plan.categoryIds.length ? `categories ${r.plan.categoryIds.join(', ')}` : '/latest'}`,
    ]
  if (!r.report) return []
  const p = r.report
  return [
    `Reconciliation (${p.mode}): ${p.linked} linked, ${p.pagesRead} pages read, ${p.topicsFetched} topics fetched, ${p.updated} updated, ${p.topicsDeleted} found deleted, ${p.requests} requests`,
  ]
}

export const pullCommand = () =>
  withCommonOptions(new Command('pull'))
    .description(
      'run a reconciliation pass now: replies, likes, views and deleted topics, forum to Space',
    )
    .option(
      '--full',
      'read every page (the nightly pass), not only topics active since the last pass',
    )
    .action((opts: CommonOptions & { full?: boolean }) =>
      runCommand('pull', opts, {
        run: (_ctx, deps) => runPull({ full: opts.full, dryRun: opts.dryRun }, deps),
        render: renderPull,
      }),
    )
