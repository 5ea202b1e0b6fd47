// The one way tests and benchmarks start the real product as a subprocess
// (`node <START_NODE_ARGS> scripts/start.ts`, as `npm start` runs it) in any ROLE, with one
// wait for /healthz. In-process boots are harness/bootSpace.ts.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { START_NODE_ARGS } from '@/config/nodeArgs'
import { ensureNextBuild } from '@/scripts/ensureNextBuild.mjs'
import { freePort } from './freePort'

export { freePort }

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')

export type ProductRole = 'all' | 'web' | 'worker'

export type StartProductOptions = {
  role?: ProductRole
  /** Variables over the defaults below (NODE_ENV=test, LOG_LEVEL=warn, HOST=127.0.0.1, a free PORT). */
  env?: Record<string, string>
  /** `inherit`: this process's environment underneath; `clean`: only PATH and HOME, as a fresh shell. */
  baseEnv?: 'inherit' | 'clean'
  /** A fresh SQLite file in a temporary folder (removed on stop), a free SIMULATOR_PORT and no sync coalescing. */
  freshDatabase?: boolean
  /** How long a web or all-in-one process may take to answer /healthz before it counts as hung (waitForHealth's default unless told). */
  healthTimeoutMs?: number
  /** Say so on standard error when the process dies while nobody stopped it. */
  reportUnexpectedExit?: boolean
}

export type ProductProcess = {
  role: ProductRole
  child: ChildProcess
  /** The HTTP address; empty for a worker. */
  url: string
  port: number
  simulatorUrl: string
  /** Everything the process printed so far (for failure messages). */
  output: () => string
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>
  /** Sends a signal (SIGKILL unless named) and waits for the exit. */
  kill: (signal?: NodeJS.Signals) => Promise<number | null>
  /** SIGTERM, SIGKILL after 8 s; then removes a fresh database. */
  stop: () => Promise<number | null>
}

export type HealthWait = {
  /** The process expected to answer; its exit ends the wait, with its output. */
  child: ChildProcess
  /** Everything the process printed so far (for failure messages and `refuse`). */
  output: () => string
  /** Only stops a start that hangs: a cold start on two loaded cores can take minutes. */
  timeoutMs?: number
  /** A reason to give up at once, read from the output so far (a prompt nobody can answer, say). */
  refuse?: (output: string) => string | undefined
}

/**
 * The one wait for a started product: polls `${url}/healthz` until it answers 2xx and answers
 * its parsed body. Throws, with the process's output, as soon as the process exits or `refuse`
 * names a reason, or (a hung start) after timeoutMs.
 */
export const waitForHealth = async (
  url: string,
  { child, output, timeoutMs = 300_000, refuse }: HealthWait,
): Promise<unknown> => {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the product exited (${child.exitCode ?? child.signalCode}) before answering /healthz:\n${output()}`,
      )
    const refused = refuse?.(output())
    if (refused) throw new Error(`${refused}:\n${output()}`)
    const res = await fetch(`${url}/healthz`).catch((err: Error) => err)
    if (res instanceof Response && res.ok) return res.json().catch(() => undefined)
    last =
      res instanceof Response
        ? `${res.status} ${await res.text()}`
        : String(res.cause ?? res.message)
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(
    `the product did not answer /healthz within ${timeoutMs} ms (last: ${last}):\n${output()}`,
  )
}

export const startProduct = async ({
  role = 'all',
  env = {},
  baseEnv = 'inherit',
  freshDatabase = false,
  healthTimeoutMs,
  reportUnexpectedExit = false,
}: StartProductOptions = {}): Promise<ProductProcess> => {
  const serves = role !== 'worker'
  if (serves) ensureBuild()
  const dir = freshDatabase ? mkdtempSync(join(tmpdir(), 'space-product-')) : undefined
  const simulatorPort = freshDatabase
    ? String(await freePort())
    : (env.SIMULATOR_PORT ?? process.env.SIMULATOR_PORT ?? '4200')
  const base =
    baseEnv === 'clean'
      ? { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() }
      : process.env
  const childEnv: NodeJS.ProcessEnv = {
    ...base,
    // test: the schema is pushed to a fresh database instead of waiting for migrations.
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    // A worker serves no HTTP: no HOST or PORT, so its PUBLIC_URL default is the one `npm start` has.
    ...(serves ? { HOST: '127.0.0.1', PORT: String(await freePort()) } : {}),
    ...(dir
      ? {
          DATABASE_URL: `file:${join(dir, 'space.db')}`,
          PAYLOAD_SECRET: 'harness-secret-0123456789abcdef',
          SIMULATOR_PORT: simulatorPort,
          DISCOURSE_SYNC_COALESCE_MS: '0',
        }
      : {}),
    ...env,
    ROLE: role,
  }
  const child = spawn(process.execPath, [...START_NODE_ARGS, 'scripts/start.ts'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const output = () => out
  let stopping = false
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code, signal) => {
      // A product that dies under a test would otherwise show only as "fetch failed" there.
      if (reportUnexpectedExit && !stopping)
        console.error(
          `the product exited unexpectedly (code ${code}, signal ${signal}); its last output:\n${out.slice(-6000)}`,
        )
      done(code)
    }),
  )
  const alive = () => child.exitCode === null && child.signalCode === null
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    stopping = true
    if (alive()) child.kill(signal)
    return exited
  }
  const stop = async () => {
    stopping = true
    const timer = alive() ? setTimeout(() => child.kill('SIGKILL'), 8000) : undefined
    if (alive()) child.kill('SIGTERM')
    const code = await exited
    clearTimeout(timer)
    if (dir) rmSync(dir, { recursive: true, force: true })
    return code
  }
  const port = Number(childEnv.PORT ?? 0)
  const url = serves ? `http://127.0.0.1:${port}` : ''
  const proc: ProductProcess = {
    role,
    child,
    url,
    port,
    simulatorUrl: `http://127.0.0.1:${childEnv.SIMULATOR_PORT ?? simulatorPort}`,
    output,
    exited,
    kill,
    stop,
  }
  if (!serves) return proc
  try {
    await waitForHealth(url, { child, output, timeoutMs: healthTimeoutMs })
  } catch (err) {
    await stop()
    throw err
  }
  return proc
}

/** Builds the admin and site once when there is no build (under the shared lock), or throws. */
export const ensureBuild = () => {
  if (!ensureNextBuild(root, { quiet: true })) throw new Error('next build failed')
}
