import { Command } from 'commander'
import { runStatus, type StatusResult } from '@/bridge/admin/runStatus'
import { withCommonOptions, type CommonOptions } from '../cli/commonOptions'
import { ExitCode } from '../cli/ExitCode'
import { runCommand } from '../cli/runCommand'

const renderStatus = (r: StatusResult): string[] => {
  const states = Object.keys(r.counts.stories)
  const lines = [
    'Sync states',
    `  ${'state'.padEnd(14)}${'stories'.padStart(9)}${'events'.padStart(9)}`,
  ]
  for (const s of states)
    lines.push(
      `  ${s.padEnd(14)}${String(r.counts.stories[s as keyof typeof r.counts.stories]).padStart(9)}${String(r.counts.events[s as keyof typeof r.counts.events]).padStart(9)}`,
    )
  lines.push('', 'Jobs (not completed)')
  for (const [queue, j] of Object.entries(r.jobs))
    lines.push(
      `  ${queue.padEnd(20)} ${j.queued} queued (${j.due} due now, ${j.running} running), ${j.failed} failed`,
    )
  const last = r.lastReconciliation
  lines.push(
    '',
    `Last reconciliation: ${last ? `${last.startedAt} (${last.mode}, ${last.report.updated} updated, ${last.report.requests} requests)` : 'never'}`,
  )
  const d = r.discourse
  lines.push(
    d
      ? d.ok
        ? `Discourse: reachable at ${d.url}${d.siteTitle ? ` ("${d.siteTitle}")` : ''}, API key accepted${d.usingSimulator ? ' (built-in simulator)' : ''}`
        : `Discourse: ${d.message}`
      : 'Discourse: not checked',
  )
  if (r.retrying.length) {
    lines.push('', 'Retrying')
    for (const t of r.retrying)
      lines.push(
        `  ↻ ${t.collection} ${t.id} "${t.title ?? ''}": try ${t.tries + 1} at ${t.nextAttemptAt}${t.lastError ? ` (${t.lastError})` : ''}`,
      )
  }
  if (r.failed.length) {
    lines.push('', 'Failed')
    for (const f of r.failed)
      lines.push(
        `  ✗ ${f.collection} ${f.id} "${f.title ?? ''}": ${f.lastError ?? 'no error recorded'}`,
      )
  }
  return lines
}

/** Forum unreachable or key rejected: 2; failed documents or jobs: 1; else 0. */
const statusExitCode = (r: StatusResult) =>
  r.discourse && !r.discourse.ok
    ? ExitCode.usage
    : r.failed.length || Object.values(r.jobs).some((j) => j.failed)
      ? ExitCode.failed
      : ExitCode.ok

export const statusCommand = () =>
  withCommonOptions(new Command('status'))
    .description(
      'sync states, failed stories, queued jobs, last reconciliation, and whether Discourse answers',
    )
    .option('--no-forum', 'do not contact Discourse')
    .action((opts: CommonOptions & { forum: boolean }) =>
      runCommand('status', opts, {
        checkForum: false,
        run: (_ctx, deps) => runStatus({ limit: opts.limit, checkForum: opts.forum }, deps),
        render: renderStatus,
        exitCode: statusExitCode,
      }),
    )
