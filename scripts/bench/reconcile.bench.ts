// Issue 5: requests a reconciliation pass spends, for 1,000 and 10,000 linked stories, against
// the naive one request per story. The real pass (runReconcilePass, behind its database lock)
// against the simulator; requests counted in the simulator's own request log.
// Writes the "reconcile" section of docs/BENCHMARKS.md.
import { runReconcilePass } from '@/bridge/activity/runReconcilePass'
import { MAX_POST_PAGES } from '@/bridge/activity/readLatestPosts'
import { bootBench } from './bridge/bootBench'
import { countKinds } from './bridge/requestFigures'
import { withLongestStall } from './bridge/longestStall'
import { replyOn, seedLinkedStories } from './bridge/seedLinkedStories'
import { machineLine, writeBenchmarkSection } from './writeBenchmarkSection'

const SIZES = (process.env.BENCH_RECONCILE_SIZES ?? '1000,10000').split(',').map(Number)
const CATEGORY = 5
// Requests are counted, not timed: a limiter far above the forum's default keeps the run short.
const RATE = 60_000
const STALL_GOAL_MS = 50

type PassFigures = {
  requests: number
  goal: number
  naive: number
  updated: number
  pages: number
  fetched: number
  ms: number
  longestStallMs: number
  kinds: string
}

const runPass = async (
  space: Awaited<ReturnType<typeof bootBench>>,
  mode: 'full' | 'incremental',
  goal: number,
  naive: number,
): Promise<PassFigures> => {
  const before = space.simulator.requests().length
  const started = Date.now()
  const { result: report, longestStallMs } = await withLongestStall(() =>
    runReconcilePass(space.payload, space.bridge, mode),
  )
  if (!report) throw new Error('the reconciliation lock was held')
  if (report.mode !== mode) throw new Error(`asked for a ${mode} pass, ran ${report.mode}`)
  const entries = space.simulator.requests().slice(before)
  return {
    requests: entries.length,
    goal,
    naive,
    updated: report.updated,
    pages: report.pagesRead,
    fetched: report.topicsFetched,
    ms: Date.now() - started,
    longestStallMs,
    kinds: countKinds(entries)
      .map(([k, n]) => `${n} × \`${k}\``)
      .join(', '),
  }
}

const runSize = async (size: number) => {
  const space = await bootBench({
    rate: RATE,
    webhook: false,
    env: { DISCOURSE_CATEGORY_ID: String(CATEGORY) },
  })
  try {
    const topics = await seedLinkedStories(space.payload, space.simulator, size, CATEGORY)
    // Views and likes move without bumping a topic: only the full pass can see them.
    for (const topic of topics.filter((_, i) => i % 10 === 0)) topic.views += 25
    const full = await runPass(space, 'full', Math.ceil(size / 30) + 5, size)
    const changed = topics.filter((_, i) => i % 100 === 42)
    replyOn(space.simulator, changed)
    const incremental = await runPass(
      space,
      'incremental',
      // The listing pages, plus the latest-posts pages that bring the new replies back.
      Math.ceil(changed.length / 30) + 2 + MAX_POST_PAGES,
      size,
    )
    const stored = await space.payload.count({
      collection: 'stories',
      where: { 'discourse.replyCount': { equals: 1 } },
      overrideAccess: true,
    })
    const row = {
      size,
      changed: changed.length,
      full,
      incremental,
      replyCountsStored: stored.totalDocs,
      viewsChanged: topics.length / 10,
    }
    console.log(JSON.stringify(row))
    return row
  } finally {
    await space.close()
  }
}

const met = (f: PassFigures) => (f.requests <= f.goal ? 'met' : '**missed**')
const line = (size: number, pass: string, f: PassFigures, note: string) =>
  `| ${size.toLocaleString('en')} | ${pass} | ${f.requests} | ≤ ${f.goal} (${met(f)}) | ${f.naive.toLocaleString('en')} | ${f.pages} / ${f.fetched} | ${f.updated} | ${note} | ${(f.ms / 1000).toFixed(1)} s | ${f.longestStallMs} ms (${f.longestStallMs < STALL_GOAL_MS ? 'met' : '**missed**'}) |`

const main = async () => {
  const rows = []
  for (const size of SIZES) rows.push(await runSize(size))
  writeBenchmarkSection(
    'reconcile',
    [
      '## Reconciliation: requests per pass against one request per story',
      '',
      await machineLine(),
      '',
      '`npm run bench -- reconcile` (scripts/bench/reconcile.bench.ts). N stories linked to N topics in one',
      `forum category (${CATEGORY}), Payload in process on a temporary SQLite file, the simulator serving Discourse's`,
      'listings (30 topics a page, most recently active first). Before the full pass, 10% of the topics gained',
      'views (which do not bump a topic); before the incremental pass, 1% of the topics got a reply (which does).',
      'Requests are counted in the simulator\'s request log; "naive" is one `GET /t/:id.json` per linked story.',
      `Goals (issue 5, with issue 16's latest replies): full pass ≤ ceil(N/30) + 5; incremental pass ≤ ceil(changed/30) + 2 listing pages + ${MAX_POST_PAGES} pages of the forum's latest posts (\`MAX_POST_PAGES\`, read only when replies changed; docs/BRIDGE.md, "Request budget of a pass").`,
      `"Longest event-loop stall" is Node's monitorEventLoopDelay (5 ms resolution) over the pass, in the process running it (the simulator's answers included): how long a page request in the same process could have waited (issue 17: < ${STALL_GOAL_MS} ms).`,
      '',
      '| linked stories | pass | requests | goal | naive | listing pages / single topics | stories updated | expected updates | duration | longest event-loop stall |',
      '| ---: | --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |',
      ...rows.flatMap((r) => [
        line(r.size, 'full', r.full, `${r.viewsChanged} (views)`),
        line(r.size, `incremental, ${r.changed} changed`, r.incremental, `${r.changed} (replies)`),
      ]),
      '',
      `Requests by kind: ${rows.map((r) => `${r.size.toLocaleString('en')} full: ${r.full.kinds}; incremental: ${r.incremental.kinds}`).join('. ')}.`,
      `Stories showing the new reply afterwards: ${rows.map((r) => `${r.replyCountsStored} of ${r.changed}`).join(' and ')}.`,
      'A pass reads each category until a page has no `more_topics_url` (full) or reaches a topic older than',
      'the previous pass (incremental); an events category, when configured, adds its own pages the same way.',
    ].join('\n'),
  )
}

await main()
process.exit(0)
