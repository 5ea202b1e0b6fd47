// Issue 4: a backlog of published stories against a rate-limited forum. N stories are
// published at once (coalescing 0), then the real worker loop (startSyncWorker) drains the
// outbox against the simulator, whose admin-API limit and the bridge's limiter are both R a
// minute. Figures come from the simulator's request log and the limiter's own start times.
// Writes the "publish-backlog" section of docs/BENCHMARKS.md.
import { loadavg } from 'node:os'
import type { Payload } from 'payload'
import { startSyncWorker } from '@/src/worker/startSyncWorker'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootBench, settle } from './bridge/bootBench'
import { countKinds, gapFigures, rateFigures } from './bridge/requestFigures'
import { machineLine, writeBenchmarkSection } from './writeBenchmarkSection'

const STORIES = Number(process.env.BENCH_BACKLOG_STORIES ?? 150)
const RATE = Number(process.env.BENCH_BACKLOG_RATE ?? 300)
const GOAL_SHARE = 0.9

type Setup = { label: string; worker: { batch?: number; pollMs?: number }; webhook: boolean }
const SETUPS: Setup[] = [
  { label: 'as shipped: `batch` 10, `pollMs` 1000; webhooks on', worker: {}, webhook: true },
  {
    label: `\`batch: ${STORIES}\` (existing option); webhooks on`,
    worker: { batch: STORIES },
    webhook: true,
  },
  { label: `\`batch: ${STORIES}\`; webhooks off`, worker: { batch: STORIES }, webhook: false },
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

const runSetup = async ({ label, worker: options, webhook }: Setup) => {
  const space = await bootBench({ rate: RATE, webhook, env: { DISCOURSE_CATEGORY_ID: '5' } })
  try {
    await publishBacklog(space.payload)
    if (space.simulator.requests().length)
      throw new Error('requests reached the forum before the worker started')
    const loadAverage = loadavg()[0]!.toFixed(1)
    const started = Date.now()
    const worker = startSyncWorker(space.payload, options)
    let synced = 0
    while ((synced = await countSynced(space.payload)) < STORIES && Date.now() - started < 150_000)
      await new Promise((r) => setTimeout(r, 100))
    const durationMs = Date.now() - started
    // Work the webhooks started after the last story was linked still counts.
    await settle(space)
    await worker.stop()
    const entries = [...space.simulator.requests()]
    const topics = [...space.simulator.state.topics.values()]
    const figures = rateFigures(entries, RATE)
    const gaps = gapFigures(space.limiterStarts, RATE)
    const row = {
      label,
      loadAverage,
      synced,
      durationMs,
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
      `${STORIES} stories are published (Local API) before the worker starts; then the real worker loop`,
      '(`startSyncWorker`) drains the outbox. Minimum requests: one `POST /posts.json` per story.',
      'Share of the allowed rate = requests / (allowed per minute × minutes from the first request to the last).',
      `Limiter steady state = allowed interval (${nominal} ms) / median gap between requests the limiter let go; idle =`,
      'time in gaps longer than twice the interval, beyond the median gap (the limiter had nothing to send).',
      '',
      '| setup | load avg | stories synced | duration | requests | share of allowed rate | 429s | wasted | limiter steady state | idle gaps | verdict |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.loadAverage} | ${r.synced} / ${STORIES} | ${s(r.durationMs)} s | ${r.requests} | ${pct(r.share)} (${s(r.spanMs)} s span) | ${r.rateLimited} | ${r.wasted} | ${pct(r.steadyShare)} (median gap ${r.medianGapMs} ms) | ${r.idleGaps}, ${s(r.idleMs)} s (longest ${r.longestGapMs} ms) | ${verdict(r)} |`,
      ),
      '',
      `Requests by kind (${'`'}:id${'`'} = a topic id), ${rows.map((r) => `${r.label}: ${r.kinds.map(([k, n]) => `${n} × \`${k}\``).join(', ')}`).join('; ')}.`,
      `Topics on the forum: ${rows.map((r) => `${r.topics} (${r.duplicateExternalIds} duplicate external ids)`).join(' and ')}.`,
      '',
      `Goal: share ≥ ${GOAL_SHARE * 100}%, no 429s, no wasted requests (issue 4).`,
    ].join('\n'),
  )
}

await main()
process.exit(0)
