// The README's commands, run as a newcomer runs them, on a fresh data directory: `npm run
// seed:demo`, then `npm start` twice, unattended (stdin ignored, as in CI or under a service
// manager), then the admin's JSON status line. Then a database marked by a development-mode
// schema push: repaired by `npm start` when that is provably safe, refused (one line, exit 1,
// no prompt) when not, by `npm start`, `npm run migrate` and the admin CLI alike.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { jest } from '@jest/globals'
import { createClient } from '@libsql/client'
import { ensureBuild, freePort } from '@/harness/startProduct'
import { PROMPT, newcomerEnv, runToEnd, startNpmScript } from '@/tests/helpers/npmCommands'
import { migrations } from '@/migrations/sqlite'

// Each command has its own limit (npmCommands: a prompt fails at once, a hang after minutes);
// this one only stops a test of several commands that hangs as a whole.
jest.setTimeout(1_800_000)

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')

/** `npm start` on `dir` until /healthz answers (its answer and output), then stopped, its whole group gone. */
const startAndStop = async (dir: string) => {
  const port = await freePort()
  const env = newcomerEnv(dir, { PORT: String(port), SIMULATOR_PORT: String(await freePort()) })
  const running = await startNpmScript('start', env, port)
  await running.stop()
  return { health: running.health, output: running.output() }
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
  })

  it('`npm start` then starts and answers /healthz, twice, without asking anything', async () => {
    for (let i = 0; i < 2; i++) {
      const { health, output } = await startAndStop(dir)
      expect(health).toMatchObject({ status: 'ok' })
      expect(output).not.toMatch(PROMPT)
    }
    expect(await migrationRows(dir)).toEqual(committed)
  })

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
  })
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
  })

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
  })

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
  })
})
