// Issue 4: a backlog of published stories against a rate-limited forum. N stories are
// published at once (coalescing 0), then the real worker loop (startSyncWorker), in one worker or
// two sharing the budget (issue 16), drains the outbox against the simulator, whose admin-API
// limit and each bridge's limiter are both R a minute. Figures come from the simulator's request log and the limiter's own start times.
// Writes the "publish-backlog" section of docs/BENCHMARKS.md.
import { cpus, loadavg } from 'node:os'
import type { Payload } from 'payload'
import { startSyncWorker } from '@/src/worker/startSyncWorker'
import { withLongestStall } from './bridge/longestStall'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootBench, settle } from './bridge/bootBench'
import { countKinds, gapFigures, rateFigures } from './bridge/requestFigures'
import { machineLine, writeBenchmarkSection } from './writeBenchmarkSection'

const STORIES = Number(process.env.BENCH_BACKLOG_STORIES ?? 150)
const RATE = Number(process.env.BENCH_BACKLOG_RATE ?? 300)
const GOAL_SHARE = 0.9
// Only stops a run that hangs: three times what the backlog takes at the allowed rate.
const GIVE_UP_MS = Math.max(150_000, (3 * STORIES * 60_000) / RATE)

type Setup = { label: string; workers: number; webhook: boolean }
const SETUPS: Setup[] = [
  { label: 'one worker (pools of 10); webhooks on', workers: 1, webhook: true },
  {
    label: 'two workers (two Payload instances on one database), one shared budget; webhooks on',
    workers: 2,
    webhook: true,
  },
]

const publishBacklog = async (payload: Payload) => {
  for (let i = 0; i < STORIES; i++)
    await payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: `Backlog dispatch ${i}: volunteers plant trees in district ${i}`,
        summary: `District ${i} planted trees along its streets this weekend.`,
        body: lexicalDocument([
          headingNode('What happened'),
          paragraphNode(`Neighbours of district ${i} planted trees and shared a meal.`),
        ]),
        tags: ['trees'],
        status: 'published',
      } as never,
    })
}

const countSynced = async (payload: Payload) =>
  (
    await payload.count({
      collection: 'stories',
      where: { 'discourse.syncState': { equals: 'synced' } },
      overrideAccess: true,
    })
  ).totalDocs

const STALL_GOAL_MS = 50

const runSetup = async ({ label, workers, webhook }: Setup) => {
  const space = await bootBench({
    rate: RATE,
    webhook,
    env: { DISCOURSE_CATEGORY_ID: '5' },
    instances: workers,
  })
  try {
    await publishBacklog(space.payload)
    if (space.simulator.requests().length)
      throw new Error('requests reached the forum before the worker started')
    const loadAverage = loadavg()[0]!.toFixed(1)
    const started = Date.now()
    const running = space.instances.map((payload) => startSyncWorker(payload))
    let synced = 0
    // The worker shares its process with the web server in ROLE=all: how long could a page
    // request have waited for the loop while the backlog drained?
    const { longestStallMs } = await withLongestStall(async () => {
      while (
        (synced = await countSynced(space.payload)) < STORIES &&
        Date.now() - started < GIVE_UP_MS
      )
        await new Promise((r) => setTimeout(r, 100))
    })
    const durationMs = Date.now() - started
    // Work the webhooks started after the last story was linked still counts.
    await settle(space)
    await Promise.all(running.map((worker) => worker.stop()))
    const entries = [...space.simulator.requests()]
    const topics = [...space.simulator.state.topics.values()]
    const figures = rateFigures(entries, RATE)
    const gaps = gapFigures(space.limiterStarts, RATE)
    const row = {
      label,
      loadAverage,
      synced,
      durationMs,
      longestStallMs,
      ...figures,
      wasted: entries.length - STORIES,
      kinds: countKinds(entries),
      topics: topics.length,
      duplicateExternalIds: topics.length - new Set(topics.map((t) => t.external_id)).size,
      ...gaps,
    }
    console.log(JSON.stringify(row))
    return row
  } finally {
    await space.close()
  }
}

/** Says so when other work loaded the machine (BENCH_LOAD_NOTE names it, e.g. a CI stress run). */
const loadNote = (loads: number[]) => {
  const cores = cpus().length
  const busiest = Math.max(...loads)
  if (busiest <= cores) return 'The machine was otherwise idle (load average below its core count).'
  const why = process.env.BENCH_LOAD_NOTE ? ` (${process.env.BENCH_LOAD_NOTE})` : ''
  return `The machine was busy with other work while this ran${why}: 1-minute load average up to ${busiest.toFixed(1)} on ${cores} cores (the load avg column, taken when the workers started).`
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const s = (ms: number) => (ms / 1000).toFixed(1)

const main = async () => {
  const rows: Array<Awaited<ReturnType<typeof runSetup>>> = []
  for (const setup of SETUPS) rows.push(await runSetup(setup))
  const nominal = (60_000 / RATE).toFixed(0)
  const verdict = (r: (typeof rows)[number]) =>
    r.synced === STORIES && r.share >= GOAL_SHARE && r.wasted === 0 && r.rateLimited === 0
      ? 'PASS'
      : 'MISS'
  writeBenchmarkSection(
    'publish-backlog',
    [
      `## Publish backlog: ${STORIES} stories against a forum allowing ${RATE} requests a minute`,
      '',
      await machineLine(),
      '',
      '`npm run bench -- publishBacklog` (scripts/bench/publishBacklog.bench.ts). Payload in process on a',
      `temporary SQLite file, the simulator's \`max_admin_api_reqs_per_minute\` = \`DISCOURSE_MAX_REQUESTS_PER_MINUTE\` = ${RATE},`,
      `\`DISCOURSE_SYNC_COALESCE_MS=0\`, the simulator's webhooks pointed at the product's receiver as on a real forum.`,
      `${STORIES} stories are published (Local API) before the workers start; then the real worker loop`,
      '(`startSyncWorker`, a pool of 10 runners per queue) drains the outbox. With two workers, each runs on a Payload',
      'instance of its own over the same SQLite file, with a bridge sized to the whole rate: only the budget they share',
      'through the database (`payload-kv` slot rows) keeps them inside it. Minimum requests: one `POST /posts.json` per story.',
      loadNote(rows.map((r) => Number(r.loadAverage))),
      'Share of the allowed rate = requests / (allowed per minute × minutes from the first request to the last).',
      `Limiter steady state = allowed interval (${nominal} ms) / median gap between requests the limiter let go; idle =`,
      'time in gaps longer than twice the interval, beyond the median gap (the limiter had nothing to send).',
      '',
      '| setup | load avg | stories synced | duration | requests | share of allowed rate | 429s | wasted | limiter steady state | idle gaps | longest event-loop stall | verdict |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.loadAverage} | ${r.synced} / ${STORIES} | ${s(r.durationMs)} s | ${r.requests} | ${pct(r.share)} (${s(r.spanMs)} s span) | ${r.rateLimited} | ${r.wasted} | ${pct(r.steadyShare)} (median gap ${r.medianGapMs} ms) | ${r.idleGaps}, ${s(r.idleMs)} s (longest ${r.longestGapMs} ms) | ${r.longestStallMs} ms (${r.longestStallMs < STALL_GOAL_MS ? 'met' : '**missed**'}) | ${verdict(r)} |`,
      ),
      '',
      `Requests by kind (${'`'}:id${'`'} = a topic id), ${rows.map((r) => `${r.label}: ${r.kinds.map(([k, n]) => `${n} × \`${k}\``).join(', ')}`).join('; ')}.`,
      `Topics on the forum: ${rows.map((r) => `${r.topics} (${r.duplicateExternalIds} duplicate external ids)`).join(' and ')}.`,
      '',
      `Goal: share ≥ ${GOAL_SHARE * 100}%, no 429s, no wasted requests (issue 4). "Longest event-loop stall" is Node's`,
      'monitorEventLoopDelay (5 ms resolution) in the process running the workers while the backlog drained (the',
      `simulator's answers included): how long a page request in that process could have waited (goal < ${STALL_GOAL_MS} ms, issue 17).`,
    ].join('\n'),
  )
}

await main()
process.exit(0)
