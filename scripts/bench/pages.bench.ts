// Every public page, first views included (issue 17): the real server in its own process
// (`npm start`'s command, ROLE=all, production mode) on SQLite and on Postgres, at 10,000 and
// 100,000 published stories, autocannon from this process on loopback. Writes the "pages"
// section of docs/BENCHMARKS.md. PAGES_SIZES=10000 (comma-separated) narrows the sizes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { startPostgres, type PostgresServer } from '@/harness/postgres'
import { ensureBuild } from '@/harness/startProduct'
import { JOBS_COLLECTION } from '@/bridge/outbox/jobs'
import { PUBLIC_ROUTES } from '@/src/server/warmPages'
import { seedStories, storyRow } from './load/seedStories'
import { prepareDatabase } from './load/prepareDatabase'
import { startBenchServer, type ServerProcess } from './load/startServerProcess'
import { LOAD, measureLoad, type LoadFigures, type PathSource } from './load/measureLoad'
import { machineLine, writeBenchmarkSection } from './writeBenchmarkSection'

const SIZES = (process.env.PAGES_SIZES ?? '10000,100000').split(',').map(Number)
// The mixed run (every public page, edits meanwhile) on the first size of each database.
const MIXED_MINUTES = Number(process.env.PAGES_MIXED_MINUTES ?? 30)
// Which databases get the mixed run (PAGES_MIXED_DATABASES=SQLite: half an hour less).
const MIXED_DATABASES = (process.env.PAGES_MIXED_DATABASES ?? 'SQLite,Postgres').split(',')
const ADMIN = { email: 'bench-admin@example.test', password: 'bench-password-0123' }
const GOALS = {
  firstView: { rps: 300, p99: 100 },
  page: { rps: 2000, p99: 20 },
  crowd: { rps: 0, p99: 250 },
  healthMs: 3000,
  firstAnswerMs: 500,
  afterChangeMs: 150,
  peakRssMb: 350,
}

type Row = { label: string; figures: LoadFigures; goal?: { rps: number; p99: number } }
type Run = {
  database: string
  stories: number
  seedSeconds: number
  healthMs: number
  firstAnswers: Array<{ path: string; ms: number; cache: string | null }>
  warmSeconds: number
  rows: Row[]
  afterChange: Array<{ path: string; ms: number }>
  mixed?: { minutes: number; figures: LoadFigures; edits: number; created: number; paths: number }
  renderedAhead: number
  peakRssMb: number
}

/** Stories (in the seeded categories), upcoming events with places, and an admin to edit with. */
const seed = (stories: number) => async (payload: Payload) => {
  const { docs: categories } = await payload.find({
    collection: 'categories',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  await seedStories(payload, stories, {
    extra: (n) => ({ category: categories[n % categories.length]?.id ?? null }),
  })
  for (let i = 0; i < 60; i++) {
    const start = new Date(Date.now() + (i + 1) * 86_400_000)
    await payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        title: `Assembly ${i}: planning the district`,
        publication: 'published',
        start: start.toISOString(),
        end: new Date(start.getTime() + 7_200_000).toISOString(),
        timezone: 'Africa/Nairobi',
        format: 'in_person',
        venue: 'Community hall',
        city: 'Nairobi',
        country: 'Kenya',
        latitude: -1.28 + i / 1000,
        longitude: 36.82 + i / 1000,
      } as never,
    })
  }
  // The benchmark measures pages, not the bridge: the events' topics are not owed.
  const db = payload.db as unknown as {
    drizzle: { update: (t: unknown) => { set: (v: unknown) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  await db.drizzle.update(db.tables.events).set({
    discourse_syncState: 'none',
    discourse_owedVersion: 0,
    discourse_syncedVersion: 0,
  })
  await payload.delete({
    collection: JOBS_COLLECTION,
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { ...ADMIN, name: 'Bench Admin', roles: ['admin'] } as never,
  })
}

const health = async (server: ServerProcess) =>
  (await (await fetch(`${server.url}/healthz`)).json()) as {
    warm?: { startupDone: boolean; queued: number; rendered: number }
  }

const timedGet = async (url: string) => {
  const started = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return { ms: Math.round(performance.now() - started), cache: res.headers.get('x-space-cache') }
}

/** Stories' paths one after another, never the same twice while they last. */
const slugs = (stories: number, order: 'newest' | 'oldest') => {
  let n = 0
  return () => {
    const i = n++ % stories
    return `/stories/dispatch-${order === 'newest' ? stories - 1 - i : i}`
  }
}

const runOn = async (database: string, databaseUrl: string, stories: number): Promise<Run> => {
  const seedSeconds = await prepareDatabase(databaseUrl, seed(stories))
  console.log(`${database}: seeded ${stories} stories in ${seedSeconds.toFixed(0)} s`)
  const started = performance.now()
  const server = await startBenchServer(databaseUrl)
  const healthMs = Math.round(performance.now() - started)
  const run: Run = {
    database,
    stories,
    seedSeconds,
    healthMs,
    firstAnswers: [],
    warmSeconds: 0,
    rows: [],
    afterChange: [],
    renderedAhead: 0,
    peakRssMb: 0,
  }
  try {
    for (const path of PUBLIC_ROUTES)
      run.firstAnswers.push({ path, ...(await timedGet(`${server.url}${path}`)) })
    const warmStarted = performance.now()
    while (!(await health(server)).warm?.startupDone) await new Promise((r) => setTimeout(r, 500))
    run.warmSeconds = Math.round((performance.now() - warmStarted) / 1000)
    const { rendered } = (await health(server)).warm!
    run.renderedAhead = rendered
    console.log(`${database}: ${rendered} pages rendered ahead in ${run.warmSeconds} s`)

    const measure = async (
      source: PathSource,
      options?: Parameters<typeof measureLoad>[2],
    ): Promise<LoadFigures> => {
      const figures = await measureLoad(server.url, source, options)
      console.log(database, stories, figures)
      return figures
    }
    run.rows.push({
      // First: the oldest stories are the last the warmer reaches (if it does), so on a site
      // larger than the cache's share these are true first views; the misses column says.
      label: 'story pages, oldest first, each asked once',
      figures: await measure(slugs(stories, 'oldest'), { warmupSeconds: 0 }),
      goal: GOALS.firstView,
    })
    run.rows.push({
      label: 'story pages, newest first, each asked once',
      figures: await measure(slugs(stories, 'newest'), { warmupSeconds: 0 }),
      goal: GOALS.firstView,
    })
    const category = (
      (await (await fetch(`${server.url}/api/categories?limit=1&depth=0`)).json()) as {
        docs: Array<{ slug: string }>
      }
    ).docs[0]!.slug
    for (const path of ['/', '/stories', `/stories?category=${category}`, '/events', '/events/map'])
      run.rows.push({
        label: `GET ${path}`,
        figures: await measure([path]),
        goal: GOALS.page,
      })
    const crowd = Math.min(stories, 10_000)
    run.rows.push({
      label: `1,000 readers at once across ${crowd.toLocaleString('en')} story pages`,
      figures: await measure(slugs(crowd, 'newest'), { connections: 1000 }),
      goal: GOALS.crowd,
    })

    // The first request after a change, to the pages the change shows on.
    const login = (await (
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
    ).json()) as { token: string }
    const { docs } = (await (
      await fetch(`${server.url}/api/stories?limit=1&depth=0&sort=-publishedAt`)
    ).json()) as { docs: Array<{ id: number }> }
    for (let i = 0; i < 5; i++) {
      await fetch(`${server.url}/api/stories/${docs[0]!.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
        body: JSON.stringify({ title: `Dispatch retitled ${i}` }),
      })
      for (const path of ['/', '/stories'])
        run.afterChange.push({ path, ...(await timedGet(`${server.url}${path}`)) })
    }
    if (stories === SIZES[0] && MIXED_MINUTES > 0 && MIXED_DATABASES.includes(database))
      run.mixed = await mixedRun(server.url, login.token, stories, MIXED_MINUTES)
  } finally {
    run.peakRssMb = server.peakRssMb()
    const code = await server.stop()
    if (code !== 0)
      console.error(`the server exited with ${code}:\n${server.output().slice(-3000)}`)
  }
  return run
}

/**
 * Every public page for `minutes`: the public routes, category lists and feeds, event pages,
 * the REST list, the events' map and calendar feeds, and every story page in turn (one
 * request in three), while an editor retitles a story every 5 s and publishes a new one every
 * 30 s, so pages keep being dropped and rendered anew (first views of changed pages) as on a
 * live site.
 */
const mixedRun = async (base: string, token: string, stories: number, minutes: number) => {
  const json = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T
  const { docs: categories } = await json<{ docs: Array<{ slug: string }> }>(
    '/api/categories?limit=50&depth=0',
  )
  const { docs: events } = await json<{ docs: Array<{ slug: string }> }>(
    '/api/events?limit=60&depth=0',
  )
  const others = [
    ...PUBLIC_ROUTES,
    ...categories.flatMap(({ slug }) => [
      `/stories?category=${slug}`,
      `/categories/${slug}/feed.xml`,
    ]),
    ...events.map(({ slug }) => `/events/${slug}`),
    '/stories?page=2',
    '/api/stories?limit=10&depth=0',
    '/api/events/map.geojson',
    '/api/events/feed.ics',
  ]
  const story = slugs(stories, 'newest')
  let n = 0
  const source = () => (n++ % 3 === 0 ? story() : others[n % others.length]!)
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  let edits = 0
  let created = 0
  let stop = false
  const editor = (async () => {
    const { docs } = await json<{ docs: Array<{ id: number }> }>(
      '/api/stories?limit=100&depth=0&sort=-publishedAt',
    )
    for (let tick = 1; !stop; tick++) {
      await new Promise((r) => setTimeout(r, 5000))
      if (stop) break
      const id = docs[tick % docs.length]!.id
      await fetch(`${base}/api/stories/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ title: `Dispatch ${id}, revised ${tick}` }),
      })
      edits += 1
      if (tick % 6 === 0) {
        await fetch(`${base}/api/stories`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...storyRow(stories + tick, new Date().toISOString()) }),
        })
        created += 1
      }
    }
  })()
  const figures = await measureLoad(base, source, { durationSeconds: minutes * 60 })
  stop = true
  await editor
  console.log('mixed', { minutes, figures, edits, created })
  return { minutes, figures, edits, created, paths: others.length + stories }
}

const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
const rowLine = (run: Run, { label, figures: f, goal }: Row) =>
  `| ${run.database} | ${run.stories.toLocaleString('en')} | ${label} | ${f.loadAverage} | ${f.requestsPerSecond} | ${f.p50Ms} | ${f.p99Ms} | ${f.errors} / ${f.non2xx} | ${f.cache.hits} / ${f.cache.misses} | ${f.distinctPaths} of ${f.total} | ${
    goal
      ? `${mark(f.requestsPerSecond >= goal.rps && f.p99Ms < goal.p99 && f.errors + f.non2xx === 0)} (${goal.rps ? `≥ ${goal.rps}/s, ` : ''}p99 < ${goal.p99} ms)`
      : '—'
  } |`
const startLine = (run: Run) => {
  const slowest = Math.max(...run.firstAnswers.map((a) => a.ms))
  const afterChange = Math.max(...run.afterChange.map((a) => a.ms))
  return `| ${run.database} | ${run.stories.toLocaleString('en')} | ${run.healthMs} ms (${mark(run.healthMs < GOALS.healthMs)}) | ${run.firstAnswers.map((a) => `${a.path} ${a.ms}`).join(', ')} (slowest ${slowest} ms, ${mark(slowest < GOALS.firstAnswerMs)}) | ${run.renderedAhead.toLocaleString('en')} pages in ${run.warmSeconds} s | ${afterChange} ms (${mark(afterChange < GOALS.afterChangeMs)}) | ${Math.round(run.peakRssMb)} MB | ${run.seedSeconds.toFixed(0)} s |`
}

const mixedLine = (run: Run) => {
  const { minutes, figures: f, edits, created, paths } = run.mixed!
  return `| ${run.database} | ${run.stories.toLocaleString('en')} | ${minutes} min (${mark(minutes >= 30)}) | ${f.loadAverage} | ${f.requestsPerSecond} | ${f.p50Ms} | ${f.p99Ms} | ${f.errors} / ${f.non2xx} | ${f.cache.hits} / ${f.cache.misses} | ${f.distinctPaths} of ${paths.toLocaleString('en')} | ${edits} / ${created} | ${Math.round(run.peakRssMb)} MB (${mark(run.peakRssMb < GOALS.peakRssMb)}) |`
}

const main = async () => {
  ensureBuild()
  const dir = mkdtempSync(join(tmpdir(), 'space-pages-'))
  let pg: PostgresServer | undefined
  const runs: Run[] = []
  try {
    for (const stories of SIZES)
      runs.push(await runOn('SQLite', `file:${join(dir, `${stories}.db`)}`, stories))
    pg = await startPostgres()
    for (const stories of SIZES)
      runs.push(await runOn('Postgres', await pg.createDatabase(), stories))
  } finally {
    await pg?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  writeBenchmarkSection(
    'pages',
    [
      '## Pages: first views, every public page, start-up',
      '',
      await machineLine(),
      '',
      '`npm run bench -- pages` (scripts/bench/pages.bench.ts): published stories (a summary and a Lexical',
      'body each, in the default categories) and 60 upcoming events, then the real server in its own',
      "process (`npm start`'s command, ROLE=all, production mode, default SITE_CACHE_MB,",
      `SITE_WARM_SHARE and SITE_PAGE_DISK_MB). autocannon on loopback, ${LOAD.connections} connections unless told, ${LOAD.durationSeconds} s measured; the`,
      'connections take the paths in turn together, and a story row asks for each story once before',
      'it asks for any again ("distinct of asked"). "Cache hits / misses" are the site cache\'s own',
      'counts for pages over the measured run (a miss is a rendering by Next). The page rows have',
      'a 5 s warm-up first. "load avg" is the 1-minute load average as the run began.',
      '',
      '| database | stories | request | load avg | requests/s | p50 ms | p99 ms | errors / non-2xx | cache hits / misses | distinct of asked | goal |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...runs.flatMap((run) => run.rows.map((row) => rowLine(run, row))),
      '',
      'Start-up and changes: time from spawning the process to its first healthy `/healthz`, each',
      "public route's first answer right after (ms), how many pages were rendered ahead and how",
      'long it took (the public routes, upcoming events, the newest stories while their index',
      "fills less than half the cache's memory and their bodies half its disk), the slowest first",
      'answer of `/` or `/stories` right after an edit of the newest story (5 edits), the peak',
      'resident memory of the server over the run (VmHWM), and how long seeding took.',
      '',
      '| database | stories | to /healthz | first answers after start | rendering ahead | first answer after a change | peak memory | seeding |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      ...runs.map(startLine),
      '',
      `Mixed run (${MIXED_MINUTES} min, goal ≥ 30): every public page at once, 10 connections: the`,
      "public routes, each category's list and feed, each event's page, the REST list, the events'",
      'map and calendar feeds, and every',
      'story page in turn (one request in three), while an editor retitles a story every 5 s and',
      'publishes a new one every 30 s (edits / new stories), so pages keep being dropped and',
      "rendered anew. Peak memory is the server's VmHWM over its whole run, this mixed run",
      'included (goal < 350 MB).',
      '',
      '| database | stories | duration | load avg | requests/s | p50 ms | p99 ms | errors / non-2xx | cache hits / misses | distinct of paths | edits / new stories | peak memory |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...runs.filter((run) => run.mixed).map(mixedLine),
    ].join('\n'),
  )
}

await main()
process.exit(0)
