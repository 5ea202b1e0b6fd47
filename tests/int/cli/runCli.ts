// Runs the real admin CLI (`node --import tsx scripts/bridge.ts ...`) as a subprocess against
// a database and a simulator that the test prepared in-process. Asynchronous on purpose: the
// simulator lives in the test's own event loop and must keep answering while the CLI runs.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { Payload } from 'payload'
import type { SpaceWithSimulator } from '@/harness/bootSpace'
import { JOBS_COLLECTION } from '@/bridge/outbox/jobs'
import { SYNCED_COLLECTIONS } from '@/bridge/outbox/subjects'
import { TSX_NODE_ARGS } from '@/config/nodeArgs'
import { controlFetch } from '@/tests/helpers/controlFetch'

export type CliRun = { code: number | null; stdout: string; stderr: string; json: <T = any>() => T }

export const cliEnv = (
  space: SpaceWithSimulator,
  overrides: Record<string, string> = {},
): Record<string, string> => ({
  NODE_ENV: 'test',
  DATABASE_URL: space.env.DATABASE_URL,
  PAYLOAD_SECRET: space.env.PAYLOAD_SECRET,
  DISCOURSE_URL: space.simulator.url,
  DISCOURSE_API_KEY: 'simulator-key',
  DISCOURSE_SYNC_COALESCE_MS: '0',
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: '100000',
  ...overrides,
})

export const runCli = (args: string[], env: Record<string, string>): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const { DISCOURSE_URL: _u, DISCOURSE_API_KEY: _k, DATABASE_URL: _d, ...inherited } = process.env
    const child = spawn(process.execPath, [...TSX_NODE_ARGS, 'scripts/bridge.ts', ...args], {
      cwd: process.cwd(),
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        json: () => {
          try {
            return JSON.parse(stdout)
          } catch {
            throw new Error(`stdout is not one JSON document:\n${stdout}\n--- stderr:\n${stderr}`)
          }
        },
      }),
    )
  })

/** `exit N`, plus the end of stderr when N is not one of the CLI's own codes, for a readable failure. */
export const exitOf = (run: CliRun): string =>
  [0, 1, 2].includes(run.code ?? -1)
    ? `exit ${run.code}`
    : `exit ${run.code}\n${run.stderr.slice(-2000)}`

/** The simulator's request log, via its control API. */
export const simulatorRequests = async (
  url: string,
): Promise<Array<{ method: string; path: string; status: number | null }>> => {
  const res = await controlFetch(`${url}/__simulator/requests`)
  const body = (await res.json()) as { requests?: unknown[]; entries?: unknown[] } | unknown[]
  return (Array.isArray(body) ? body : (body.requests ?? body.entries ?? [])) as Array<{
    method: string
    path: string
    status: number | null
  }>
}

export const clearSimulatorRequests = (url: string) =>
  controlFetch(`${url}/__simulator/requests`, { method: 'DELETE' })

/** Writes that reached the simulator's forum API (control-API calls excluded). */
export const forumWrites = async (url: string) =>
  (await simulatorRequests(url)).filter(
    (r) => r.method !== 'GET' && r.method !== 'HEAD' && !r.path.startsWith('/__simulator'),
  )

/** Everything a command could change in Space's database that matters here, as one string. */
export const databaseSnapshot = async (payload: Payload): Promise<string> => {
  const parts: unknown[] = []
  for (const collection of SYNCED_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
      select: { title: true, discourse: true, updatedAt: true },
    })
    parts.push(docs)
  }
  for (const collection of [JOBS_COLLECTION, 'payload-kv'] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    // The shared request budget's slots (budget:<key>:<n>) are pacing, not data: even a dry
    // run's reads claim them. A process's shared content changes (content-changes:<id>) are
    // notices to the page caches of other processes, not data either.
    parts.push(
      docs.filter(
        (d) => !/^(budget|content-changes):/.test(String((d as { key?: unknown }).key ?? '')),
      ),
    )
  }
  return JSON.stringify(parts)
}

/** A port nothing listens on. */
export const closedPort = async (): Promise<number> => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
