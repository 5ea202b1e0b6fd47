// A small production cluster for integration tests: one embedded Postgres database, the
// Discourse simulator in this process, and the product as separate `ROLE=web` and
// `ROLE=worker` processes (scripts/start.ts), as an operator would run them.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import type { RequestLogEntry, Simulator } from '@/simulator'
import { freePort } from '@/harness/startProduct'
import { START_NODE_ARGS } from '@/config/nodeArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type RoleProcess = {
  role: 'web' | 'worker'
  child: ChildProcess
  output: () => string
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>
  kill: (signal?: NodeJS.Signals) => Promise<number | null>
}

/** Starts `scripts/start.ts` with the given role; a web process is returned once /healthz answers. */
export const startRole = async (
  role: 'web' | 'worker',
  env: Record<string, string>,
): Promise<RoleProcess & { url?: string }> => {
  const port = role === 'web' ? await freePort() : 0
  const child = spawn(process.execPath, [...START_NODE_ARGS, 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env, ROLE: role },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const proc: RoleProcess = {
    role,
    child,
    output: () => out,
    exited,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
  if (role === 'worker') return proc
  const url = `http://127.0.0.1:${port}`
  // Generous: on two shared cores a cold start (tsx, Payload, Next) can take a minute.
  const deadline = Date.now() + 180_000
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web process exited with ${child.exitCode}:\n${out}`)
    const res = await fetch(`${url}/healthz`).catch((err: Error) => err)
    if (res instanceof Response && res.ok) return { ...proc, url }
    last = res instanceof Response ? `${res.status} ${await res.text()}` : String(res.cause ?? res.message)
    await new Promise((r) => setTimeout(r, 250))
  }
  await proc.kill()
  throw new Error(`the web process did not answer /healthz (last: ${last}):\n${out}`)
}

/** Waits until no story owes a sync and no sync job is left (or throws with what is left). */
export const waitForEmptyOutbox = async (payload: Payload, { timeoutMs, alive }: { timeoutMs: number; alive: () => string | null }) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const pending = await payload.count({ collection: 'stories', where: { 'discourse.syncState': { in: ['pending', 'failed'] } }, overrideAccess: true })
    const jobs = await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'discourse' } }, overrideAccess: true })
    if (pending.totalDocs === 0 && jobs.totalDocs === 0) return
    const dead = alive()
    if (dead) throw new Error(dead)
    if (Date.now() > deadline) {
      const left = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'discourse' } }, overrideAccess: true, depth: 0, limit: 5 })
      const info = left.docs.map((j) => ({ input: j.input, processing: j.processing, hasError: j.hasError, waitUntil: j.waitUntil, tried: j.totalTried, error: j.error }))
      throw new Error(`outbox did not drain: ${pending.totalDocs} stories pending, ${jobs.totalDocs} jobs\n${JSON.stringify(info, null, 1)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/**
 * Topic creates per external_id from the simulator's request log: `committed` counts creates
 * the forum kept (answered 2xx, or committed and then dropped), `taken` counts creates it
 * refused because the external_id already had a topic — what two runs of one job racing
 * would produce.
 */
export const createsByExternalId = (sim: Simulator) => {
  const counts = new Map<string, { committed: number; taken: number; failed: number }>()
  for (const r of sim.requests() as RequestLogEntry[]) {
    if (r.method !== 'POST' || r.path !== '/posts.json') continue
    const externalId = (r.body as { external_id?: string } | undefined)?.external_id
    if (!externalId) continue
    const c = counts.get(externalId) ?? { committed: 0, taken: 0, failed: 0 }
    if (r.status === null || (r.status >= 200 && r.status < 300)) c.committed++
    else if (r.status === 422) c.taken++
    else c.failed++
    counts.set(externalId, c)
  }
  return counts
}
