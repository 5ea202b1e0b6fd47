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
type AutocannonOptions = {
  url: string
  connections: number
  duration: number
  requests?: Array<{ path: string }>
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>

export type LoadFigures = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  errors: number
  non2xx: number
  total: number
  bodyBytes: number
  /** The machine's 1-minute load average as the measured run began (other work on the shared cores shows here). */
  loadAverage: number
}

// LOAD_SECONDS shortens the measured run for a quick trial; the recorded figures use 20 s.
export const LOAD = {
  connections: 10,
  warmupSeconds: 5,
  durationSeconds: Number(process.env.LOAD_SECONDS ?? 20),
}

/**
 * autocannon from this process on loopback: a warm-up run whose figures are thrown away,
 * then the measured run. Paths are taken in turn by each connection.
 */
export const measureLoad = async (base: string, paths: string[]): Promise<LoadFigures> => {
  const requests = paths.map((path) => ({ path }))
  const first = await fetch(`${base}${paths[0]}`)
  const bodyBytes = (await first.arrayBuffer()).byteLength
  if (!first.ok) throw new Error(`GET ${paths[0]} answered ${first.status}`)
  await autocannon({
    url: base,
    connections: LOAD.connections,
    duration: LOAD.warmupSeconds,
    requests,
  })
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10
  const r = await autocannon({
    url: base,
    connections: LOAD.connections,
    duration: LOAD.durationSeconds,
    requests,
  })
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
    bodyBytes,
    loadAverage,
  }
}
