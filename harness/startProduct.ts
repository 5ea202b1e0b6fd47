// Starts the real product (`node --import tsx scripts/start.ts`) as a subprocess on a fresh
// SQLite file and free ports, waits for /healthz, and stops it after. Browser tests use it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { START_NODE_ARGS } from '@/config/nodeArgs'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
// The one lock every build of .next takes (scripts and people building by hand use it too).
const BUILD_LOCK = '/tmp/space-build.lock'

export type ProductServer = {
  url: string
  port: number
  simulatorUrl: string
  /** Everything the process printed so far (for failure messages). */
  output: () => string
  stop: () => Promise<void>
}

/** A port nobody listens on right now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })

/**
 * Builds the admin and site once when there is no build. The lock keeps two builds (another
 * test file, another engineer) from running at once; the check repeats inside the lock.
 */
export const ensureNextBuild = () => {
  if (existsSync(join(root, '.next', 'BUILD_ID'))) return
  const build = spawnSync('flock', [BUILD_LOCK, 'sh', '-c', 'test -f .next/BUILD_ID || npx next build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
  if (build.status !== 0 || !existsSync(join(root, '.next', 'BUILD_ID'))) throw new Error('next build failed')
}

const waitForHealth = async (url: string, child: ChildProcess, output: () => string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode}:\n${output()}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the product did not answer /healthz within ${timeoutMs} ms:\n${output()}`)
}

export const startProductServer = async (env: Record<string, string> = {}): Promise<ProductServer> => {
  ensureNextBuild()
  const dir = mkdtempSync(join(tmpdir(), 'space-e2e-'))
  const [port, simulatorPort] = [await freePort(), await freePort()]
  let log = ''
  const child = spawn(process.execPath, [...START_NODE_ARGS, 'scripts/start.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      // test: the schema is pushed to the fresh database instead of waiting for migrations.
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'space.db')}`,
      PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef',
      LOG_LEVEL: 'warn',
      SIMULATOR_PORT: String(simulatorPort),
      DISCOURSE_SYNC_COALESCE_MS: '0',
      ...env,
    },
  })
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  let stopping = false
  // A product that dies under a test would otherwise show only as "fetch failed" there.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`the product exited unexpectedly (code ${code}, signal ${signal}); its last output:\n${log.slice(-6000)}`)
  })
  const stop = async () => {
    stopping = true
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000)
      await exited
      clearTimeout(timer)
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(url, child, () => log, 180_000)
  } catch (err) {
    await stop()
    throw err
  }
  return { url, port, simulatorUrl: `http://127.0.0.1:${simulatorPort}`, output: () => log, stop }
}
