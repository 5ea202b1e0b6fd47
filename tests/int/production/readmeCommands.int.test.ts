// The README's commands, run as a newcomer runs them, on a fresh data directory: `npm run
// seed:demo`, then `npm start` twice, unattended (stdin ignored, as in CI or under a service
// manager), then the admin's JSON status line. Then a database marked by a development-mode
// schema push: repaired by `npm start` when that is provably safe, refused (one line, exit 1,
// no prompt) when not, by `npm start`, `npm run migrate` and the admin CLI alike.
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@libsql/client'
import { ensureBuild, freePort } from '@/harness/startProduct'
import { migrations } from '@/migrations/sqlite'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const PROMPT = /Would you like to proceed|\(y\/N\)/

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** What a newcomer's shell has: no NODE_ENV (jest sets it to test), no secret; a temporary database. */
const newcomerEnv = (dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    DATABASE_URL: `file:${join(dir, 'space.db')}`,
    HOST: '127.0.0.1',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    ...extra,
  }
  return env as unknown as NodeJS.ProcessEnv
}

/** Runs a shell command line to its end, stdin ignored; fails the test if it outlives timeoutMs. */
const runToEnd = (commandLine: string, env: NodeJS.ProcessEnv, timeoutMs = 240_000) =>
  new Promise<Run>((done, fail) => {
    const child = spawn('sh', ['-c', commandLine], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL')
      fail(
        new Error(
          `\`${commandLine}\` did not end within ${timeoutMs} ms (waiting on a prompt?):\n${stdout}\n${stderr}`,
        ),
      )
    }, timeoutMs)
    child.once('error', fail)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      done({ code, signal, stdout, stderr })
    })
  })

/** True while any process of the group is alive. */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

const until = async (what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/**
 * `npm start` in its own process group, stdin ignored; resolves once /healthz answers 200 (or
 * throws with the output when the process ends first), then stops the whole group and waits
 * until every process of it has exited.
 */
const startAndStop = async (dir: string) => {
  const port = await freePort()
  const env = newcomerEnv(dir, { PORT: String(port), SIMULATOR_PORT: String(await freePort()) })
  const child = spawn('npm', ['start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  let exited: number | null | undefined
  child.once('exit', (code) => (exited = code))
  let health: unknown
  try {
    await until(
      '/healthz',
      async () => {
        if (exited !== undefined)
          throw new Error(`npm start exited with ${exited} before answering /healthz:\n${output}`)
        if (PROMPT.test(output))
          throw new Error(`npm start is asking a question nobody can answer:\n${output}`)
        const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null)
        if (!res?.ok) return false
        health = await res.json()
        return true
      },
      240_000,
    )
  } finally {
    if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGTERM')
    await until('npm start to stop', () => !groupAlive(child.pid!), 30_000).catch(() => {
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
    })
  }
  return { health, output }
}

const migrationRows = async (dir: string) => {
  const client = createClient({ url: `file:${join(dir, 'space.db')}` })
  try {
    const { rows } = await client.execute(
      'SELECT name, batch FROM payload_migrations ORDER BY name',
    )
    return rows.map((r) => ({ name: String(r.name), batch: Number(r.batch) }))
  } finally {
    client.close()
  }
}

const committed = migrations.map((m) => ({ name: m.name, batch: 1 }))
const dirs: string[] = []
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'space-readme-'))
  dirs.push(dir)
  return dir
}

beforeAll(() => ensureBuild(), 900_000)
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('the README on a fresh data directory, unattended', () => {
  const dir = freshDir()

  it('`npm run seed:demo` seeds through the committed migrations and leaves no development-push mark', async () => {
    const seed = await runToEnd('npm run seed:demo', newcomerEnv(dir))
    expect({ code: seed.code, stderr: seed.stderr.slice(-2000) }).toMatchObject({ code: 0 })
    expect(seed.stdout).toMatch(/Seeded \d+ stories and \d+ events/)
    expect(await migrationRows(dir)).toEqual(committed)
    // The zero-configuration secret, as `npm start` makes it.
    expect(existsSync(join(dir, '.payload-secret'))).toBe(true)
  }, 300_000)

  it('`npm start` then starts and answers /healthz, twice, without asking anything', async () => {
    for (let i = 0; i < 2; i++) {
      const { health, output } = await startAndStop(dir)
      expect(health).toMatchObject({ status: 'ok' })
      expect(output).not.toMatch(PROMPT)
    }
    expect(await migrationRows(dir)).toEqual(committed)
  }, 600_000)

  it("the For-admins block's JSON line prints JSON and nothing else on stdout", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const admins = readme.slice(readme.indexOf('## For admins'))
    const line = admins
      .split('\n')
      .find((l) => /--json \| jq/.test(l))!
      .replace(/\s+#.*$/, '')
      .trim()
    expect(line).toMatch(/^npm run .*bridge -- status --json \| jq \.counts$/)
    // No forum is needed for the counts; a port nobody listens on keeps any other simulator out.
    const env = newcomerEnv(dir, { SIMULATOR_PORT: String(await freePort()) })
    const beforePipe = await runToEnd(line.slice(0, line.indexOf('|')).trim(), env)
    expect(() => JSON.parse(beforePipe.stdout)).not.toThrow()
    expect(JSON.parse(beforePipe.stdout).counts.stories).toEqual(
      expect.objectContaining({ pending: expect.any(Number) }),
    )
    const hasJq = (await runToEnd('command -v jq', env)).code === 0
    if (hasJq) {
      const whole = await runToEnd(line, env)
      expect(JSON.parse(whole.stdout)).toEqual(JSON.parse(beforePipe.stdout).counts)
    }
  }, 300_000)
})

describe('a database marked by a development-mode schema push', () => {
  // The state the old seed left: `seed:demo` booted in development mode, pushed the schema and
  // wrote the "dev" row (batch -1). NODE_ENV=development reproduces it.
  const marked = freshDir()
  beforeAll(async () => {
    const seed = await runToEnd(
      'npm run seed:demo',
      newcomerEnv(marked, { NODE_ENV: 'development' }),
    )
    expect(seed.code).toBe(0)
    expect(await migrationRows(marked)).toEqual([{ name: 'dev', batch: -1 }])
  }, 300_000)

  const copyOf = (from: string) => {
    const dir = freshDir()
    for (const file of ['space.db', 'space.db-wal', '.payload-secret'])
      if (existsSync(join(from, file))) copyFileSync(join(from, file), join(dir, file))
    return dir
  }

  it('is repaired by `npm start` when its tables are exactly the committed migrations, with one warning', async () => {
    const dir = copyOf(marked)
    const first = await startAndStop(dir)
    expect(first.health).toMatchObject({ status: 'ok' })
    expect(
      first.output
        .split('\n')
        .filter((l) => l.includes('Removed the mark of a development-mode schema push')),
    ).toHaveLength(1)
    expect(await migrationRows(dir)).toEqual(committed)
    const second = await startAndStop(dir)
    expect(second.output).not.toContain('Removed the mark')
  }, 600_000)

  it('is refused in one line with a non-zero exit, never a prompt, when its tables differ', async () => {
    const dir = copyOf(marked)
    const client = createClient({ url: `file:${join(dir, 'space.db')}` })
    await client.execute('CREATE TABLE left_by_a_branch (id integer)')
    client.close()
    const env = newcomerEnv(dir, {
      PORT: String(await freePort()),
      SIMULATOR_PORT: String(await freePort()),
    })
    const reason = /development-mode schema push .*tables differ from the committed migrations/

    const start = await runToEnd('npm start', env)
    expect(start.code).toBe(1)
    expect(start.stdout + start.stderr).not.toMatch(PROMPT)
    const lines = start.stderr.split('\n').filter((l) => l.trim())
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Space cannot start: the database .*space\.db was changed by a /)
    expect(lines[0]).toMatch(reason)

    const migrate = await runToEnd('npm run --silent migrate', env)
    expect(migrate.code).toBe(1)
    expect(migrate.stderr.split('\n').filter((l) => l.trim())).toEqual([
      expect.stringMatching(reason),
    ])

    const cli = await runToEnd('npm run --silent bridge -- status --json', env)
    expect(cli.code).toBe(2)
    expect(JSON.parse(cli.stdout)).toMatchObject({
      command: 'status',
      error: { cause: 'database_state', message: expect.stringMatching(reason) },
      exitCode: 2,
    })

    // Nothing was changed.
    expect(await migrationRows(dir)).toEqual([{ name: 'dev', batch: -1 }])
  }, 600_000)
})
