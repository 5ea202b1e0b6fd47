// Load figures for issue 9: 10,000 published stories on SQLite and on Postgres, the real
// server in its own process (ROLE=all, production mode), autocannon from this process on
// loopback against the public REST list and the public story page. Writes the "load"
// section of docs/BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPostgres, type PostgresServer } from '@/harness/postgres'
import { ensureBuild } from '@/harness/startProduct'
import { seedStories } from './load/seedStories'
import { prepareDatabase } from './load/prepareDatabase'
import { startBenchServer } from './load/startServerProcess'
import { LOAD, measureLoad, type LoadFigures } from './load/measureLoad'
import { machineLine, writeBenchmarkSection } from './writeBenchmarkSection'
import { HEAP_NODE_ARGS } from '@/config/nodeArgs'

const STORIES = Number(process.env.LOAD_STORIES ?? 10_000)
const GOALS = { list: { rps: 520, p99: 50 }, page: { rps: 220, p99: 100 }, rssMb: 430 }

type Row = {
  database: string
  target: string
  figures: LoadFigures
  goal?: { rps: number; p99: number }
}

const LEAN_SELECT = ['title', 'slug', 'summary', 'publishedAt', 'category']
  .map((field) => `select[${field}]=true`)
  .join('&')

const runOn = async (database: 'SQLite' | 'Postgres', databaseUrl: string) => {
  const seedSeconds = await prepareDatabase(databaseUrl, (payload) => seedStories(payload, STORIES))
  console.log(`${database}: seeded ${STORIES} stories in ${seedSeconds.toFixed(1)} s`)
  const server = await startBenchServer(databaseUrl)
  const rows: Row[] = []
  try {
    const list = '/api/stories?limit=10&depth=0'
    rows.push({
      database,
      target: `GET ${list}`,
      figures: await measureLoad(server.url, [list], { kind: 'rest' }),
      goal: GOALS.list,
    })
    // What a front end listing stories needs, as WordPress's `_fields` gives it (docs/SITE.md, "REST").
    const lean = `${list}&${LEAN_SELECT}`
    rows.push({
      database,
      target: `GET ${list} with select (title, slug, summary, publishedAt, category)`,
      figures: await measureLoad(server.url, [lean], { kind: 'rest' }),
      goal: GOALS.list,
    })
    // Every request a URL never asked before: each one misses the cache and reaches the
    // database (the cache's own counts, printed beside, say so).
    let miss = 0
    rows.push({
      database,
      target: `same, every request a cache miss`,
      figures: await measureLoad(server.url, () => `${list}&miss=${miss++}`, { kind: 'rest' }),
    })
    // 100 different stories in turn, spread over the archive.
    const pages = Array.from(
      { length: 100 },
      (_, i) => `/stories/dispatch-${Math.floor((i * STORIES) / 100)}`,
    )
    rows.push({
      database,
      target: 'GET /stories/<slug> (100 stories in turn)',
      figures: await measureLoad(server.url, pages),
      goal: GOALS.page,
    })
  } finally {
    const code = await server.stop()
    if (code !== 0)
      console.error(`the server exited with ${code}:\n${server.output().slice(-3000)}`)
  }
  for (const row of rows) console.log(database, row.target, row.figures)
  return { rows, peakRssMb: server.peakRssMb(), seedSeconds }
}

const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
const rowLine = ({ database, target, figures: f, goal }: Row) =>
  `| ${database} | ${target} | ${f.loadAverage} | ${f.requestsPerSecond} | ${f.p50Ms} | ${f.p99Ms} | ${f.errors} / ${f.non2xx} | ${f.cache.hits} / ${f.cache.misses} | ${(f.bodyBytes / 1024).toFixed(1)} kB | ${
    goal
      ? `${mark(f.requestsPerSecond >= goal.rps && f.p99Ms < goal.p99 && f.errors + f.non2xx === 0)} (≥ ${goal.rps}/s, p99 < ${goal.p99} ms)`
      : '—'
  } |`

const main = async () => {
  ensureBuild()
  const dir = mkdtempSync(join(tmpdir(), 'space-load-'))
  let pg: PostgresServer | undefined
  try {
    const sqlite = await runOn('SQLite', `file:${join(dir, 'space.db')}`)
    pg = await startPostgres()
    const postgres = await runOn('Postgres', await pg.createDatabase())
    const rss = (mb: number) =>
      `${Math.round(mb)} MB (${mark(mb < GOALS.rssMb)}, goal < ${GOALS.rssMb} MB)`
    writeBenchmarkSection(
      'load',
      [
        `## Load: public REST list and story page at ${STORIES.toLocaleString('en')} stories`,
        '',
        await machineLine(),
        '',
        `\`npm run bench -- load\` (scripts/bench/load.bench.ts). ${STORIES.toLocaleString('en')} published stories, each with a summary and a`,
        'Lexical body of a heading and four paragraphs, inserted through the database adapter; then the',
        "real server in its own process (`npm start`'s command: production mode, `ROLE=all`, the",
        `built-in Discourse simulator beside it, \`${HEAP_NODE_ARGS.join(' ')}\`).`,
        'autocannon runs in the benchmark process on loopback:',
        `${LOAD.connections} connections, a ${LOAD.warmupSeconds} s warm-up whose figures are discarded, then ${LOAD.durationSeconds} s measured.`,
        'The connections take the paths in turn together (never the same path at the same moment).',
        '"Cache hits / misses" are the site cache\'s own counts over the measured run (src/site/siteCache.ts, from /healthz).',
        'Anonymous requests. "Payload" is the size of one answer\'s body. Errors are connection',
        "errors and timeouts / non-2xx answers. Peak memory is the server process's VmHWM (resident",
        'high-water mark, start-up included) over the whole run. "load avg" is the machine\'s 1-minute',
        'load average as the measured run began: above 2, other work competed for the 2 cores.',
        '',
        '| database | request | load avg | requests/s | p50 ms | p99 ms | errors / non-2xx | cache hits / misses | payload | goal |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        ...[...sqlite.rows, ...postgres.rows].map(rowLine),
        '',
        `Peak resident memory of the one server process: SQLite ${rss(sqlite.peakRssMb)}; Postgres ${rss(postgres.peakRssMb)}.`,
        `Seeding took ${sqlite.seedSeconds.toFixed(0)} s (SQLite) and ${postgres.seedSeconds.toFixed(0)} s (Postgres).`,
        '',
        "Where the memory figure comes from: V8's heap bounded on `npm start`'s command line (without",
        'bounds the same run peaked at 1,241 MB on SQLite and 1,250 MB on Postgres: V8 sized its heap',
        "for the 24 GB machine and collected lazily), Next loading each route's server code on first",
        'use instead of all at start-up, and pages reaching the running Payload instead of evaluating',
        'a copy of the config per route.',
        'docs/OPERATIONS.md ("Memory") has the trade-offs.',
        '',
        'Where the speed comes from: the list filters on `status` (the access rule for anonymous',
        "readers) and sorts by `-publishedAt` (the collection's `defaultSort`), which the compound index",
        '`(status, publishedAt)` serves without sorting the table; anonymous list answers and story',
        'pages come from the site cache, valid until what they show changes (docs/SITE.md, "Caching").',
        'The "cache miss" row is the list with a URL never asked before on every request,',
        "so every request runs Payload's query, access rules and serialisation.",
        'Goals are set against WordPress 6 (php-fpm, opcache, MariaDB, nginx) on this kind of machine: 62–104',
        "requests/s (p99 133–216 ms) for its REST post list, 33–40 requests/s (p99 331–420 ms) for a post's",
        'page, about 430 MB for the whole stack. The CPU is shared with the load generator (2 cores).',
      ].join('\n'),
    )
  } finally {
    await pg?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
