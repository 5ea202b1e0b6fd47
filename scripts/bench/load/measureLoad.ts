import { createRequire } from 'node:module'
import { loadavg } from 'node:os'

type AutocannonResult = {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  throughput: { average: number }
  errors: number
  timeouts: number
  non2xx: number
}
type RawRequest = { path?: string; method?: string }
type AutocannonOptions = {
  url: string
  connections: number
  duration: number
  requests?: Array<{ method: string; setupRequest: (request: RawRequest) => RawRequest }>
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>

/** The site cache's own counts for one kind (src/site/siteCache.ts, read from /healthz). */
export type CacheCounts = { hits: number; misses: number }

export type LoadFigures = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  errors: number
  non2xx: number
  total: number
  /** How many different paths the measured run asked for. */
  distinctPaths: number
  bodyBytes: number
  /** The machine's 1-minute load average as the measured run began (other work on the shared cores shows here). */
  loadAverage: number
  /** The cache's hits and misses during the measured run, for the kind the paths are served from. */
  cache: CacheCounts
}

// LOAD_SECONDS shortens the measured run for a quick trial; the recorded figures use 20 s.
export const LOAD = {
  connections: 10,
  warmupSeconds: 5,
  durationSeconds: Number(process.env.LOAD_SECONDS ?? 20),
}

/** The counts of one cache kind (`page`, `rest`) the server reports on /healthz. */
export const cacheCounts = async (base: string, kind: string): Promise<CacheCounts> => {
  const health = (await (await fetch(`${base}/healthz`)).json()) as {
    cache?: { kinds?: Record<string, CacheCounts> }
  }
  return health.cache?.kinds?.[kind] ?? { hits: 0, misses: 0 }
}

/**
 * Where a run's paths come from: a list taken in turn by all connections together (so ten
 * connections never ask for the same path at the same moment, as a list autocannon walks per
 * connection would), or a function called once per request.
 */
export type PathSource = string[] | (() => string)

const rotation = (source: PathSource, seen: Set<string>) => {
  let next = 0
  const take =
    typeof source === 'function' ? source : () => source[next++ % source.length] as string
  return () => {
    const path = take()
    seen.add(path)
    return path
  }
}

const run = (base: string, take: () => string, connections: number, duration: number) =>
  autocannon({
    url: base,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: take() }) }],
  })

/**
 * autocannon from this process on loopback: a warm-up run whose figures are thrown away, then
 * the measured run, with the cache's own hit and miss counts for `kind` over the measured run.
 * A source function keeps going where the warm-up left it (first views stay first views).
 */
export const measureLoad = async (
  base: string,
  source: PathSource,
  {
    kind = 'page',
    connections = LOAD.connections,
    warmupSeconds = LOAD.warmupSeconds,
    durationSeconds = LOAD.durationSeconds,
  }: { kind?: string; connections?: number; warmupSeconds?: number; durationSeconds?: number } = {},
): Promise<LoadFigures> => {
  const probe = typeof source === 'function' ? source() : source[0]!
  const first = await fetch(`${base}${probe}`)
  const bodyBytes = (await first.arrayBuffer()).byteLength
  if (!first.ok) throw new Error(`GET ${probe} answered ${first.status}`)
  if (warmupSeconds > 0) await run(base, rotation(source, new Set()), connections, warmupSeconds)
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10
  const before = await cacheCounts(base, kind)
  const seen = new Set<string>()
  const r = await run(base, rotation(source, seen), connections, durationSeconds)
  const after = await cacheCounts(base, kind)
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
    distinctPaths: seen.size,
    bodyBytes,
    loadAverage,
    cache: { hits: after.hits - before.hits, misses: after.misses - before.misses },
  }
}
