// The demo seed: users per role, stories in every state, published events around the world;
// idempotent. Plus the `npm run seed:demo` entry itself (exit codes, credentials printed once).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { login, api } from '../helpers/users'
import { seedDemo, type SeedDemoResult } from '@/seed/seedDemo'
import { storyStatuses } from '@/collections/Stories/workflow'
import { RRule } from '@/shared/rrule'
import { TSX_NODE_ARGS } from '@/config/nodeArgs'

describe('seedDemo', () => {
  const space = bootForSuite(() => bootSpace())
  let first: SeedDemoResult
  beforeAll(async () => {
    first = await seedDemo(space.payload, new Date('2026-11-25T12:00:00Z'))
  })

  it('creates one account per role whose random password logs in', async () => {
    if (first.alreadySeeded) throw new Error('expected a fresh seed')
    expect(first.users.map((u) => u.role)).toEqual(['admin', 'editor', 'contributor'])
    for (const { email, password } of first.users) {
      expect(password.length).toBeGreaterThanOrEqual(16)
      await expect(login(space.url, email, password)).resolves.toEqual(expect.any(String))
    }
    const stored = await space.payload.find({
      collection: 'users',
      overrideAccess: true,
      limit: 10,
    })
    expect(stored.docs.map((u) => u.roles)).toEqual(
      expect.arrayContaining([['admin'], ['editor'], ['contributor']]),
    )
  })

  it('creates stories in every workflow state with bodies, categories, tags and authors', async () => {
    const { docs } = await space.payload.find({
      collection: 'stories',
      overrideAccess: true,
      limit: 100,
      depth: 0,
    })
    expect(new Set(docs.map((s) => s.status))).toEqual(new Set(storyStatuses))
    for (const story of docs) {
      expect(JSON.stringify(story.body)).toContain('"type":"heading"')
      expect(story.category).toEqual(expect.any(Number))
      expect(story.tags?.length).toBeGreaterThan(0)
      expect(story.authors?.length).toBe(1)
      expect(story.authorNames).toMatch(/^Demo /)
    }
    const published = await api(space.url, null, 'GET', '/api/stories?limit=100')
    expect(published.body.docs.every((s: { status: string }) => s.status === 'published')).toBe(
      true,
    )
  })

  it('publishes about a dozen events around the world, one cancelled, one weekly, one online-only', async () => {
    const { docs } = await space.payload.find({
      collection: 'events',
      overrideAccess: true,
      limit: 100,
      depth: 0,
    })
    expect(docs.length).toBe(12)
    expect(docs.every((e) => e.publication === 'published')).toBe(true)
    expect(new Set(docs.map((e) => e.timezone)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(docs.map((e) => e.format))).toEqual(new Set(['in_person', 'online', 'hybrid']))
    expect(docs.filter((e) => e.status === 'cancelled')).toHaveLength(1)
    expect(docs.filter((e) => e.format === 'online' && !e.latitude)).toHaveLength(1)
    expect(docs.filter((e) => e.allDay)).toHaveLength(1)
    const anonymous = await api(space.url, null, 'GET', '/api/events?limit=100')
    expect(anonymous.body.totalDocs).toBe(12)
  })

  it('has a weekly Berlin series that keeps 18:00 local time across the switch to summer time', async () => {
    const [series] = (
      await space.payload.find({
        collection: 'events',
        where: { recurrence: { exists: true } },
        overrideAccess: true,
      })
    ).docs
    expect(series).toMatchObject({
      timezone: 'Europe/Berlin',
      recurrence: expect.stringContaining('FREQ=WEEKLY'),
    })
    const start = DateTime.fromISO(series.start, { zone: 'Europe/Berlin' })
    const rule = new RRule({
      ...RRule.parseString(series.recurrence!),
      dtstart: new Date(Date.UTC(start.year, start.month - 1, start.day, 18)),
    })
    // rrule works in floating time: each date is 18:00 on a local day; read it back in Berlin.
    const offsets = rule
      .all()
      .map(
        (d) =>
          DateTime.fromObject(
            { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 18 },
            { zone: 'Europe/Berlin' },
          ).offset,
      )
    expect(new Set(offsets)).toEqual(new Set([60, 120]))
  })

  it('adds nothing when run again, and says it was already seeded', async () => {
    const count = async () =>
      Promise.all(
        (['users', 'stories', 'events'] as const).map(
          async (c) =>
            (await space.payload.count({ collection: c, overrideAccess: true })).totalDocs,
        ),
      )
    const before = await count()
    expect(await seedDemo(space.payload)).toEqual({ alreadySeeded: true })
    expect(await count()).toEqual(before)
  })
})

describe('npm run seed:demo', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [...TSX_NODE_ARGS, 'scripts/seedDemo.ts'], {
      // No NODE_ENV, as in a newcomer's shell: production, like `npm start` (migrations, no schema push).
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      encoding: 'utf8',
      // Only stops a run that hangs (a prompt, say): on two loaded cores a seed can take minutes.
      timeout: 300_000,
    })

  it('exits 2 with one line naming a bad variable', () => {
    const result = run({ DATABASE_URL: 'mysql://nope' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('configuration error: DATABASE_URL')
  })

  it('prints the demo credentials once, then says already seeded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'space-seed-'))
    try {
      const env = {
        DATABASE_URL: `file:${join(dir, 'demo.db')}`,
        PAYLOAD_SECRET: 'seed-test-secret-0123456789',
      }
      const firstRun = run(env)
      expect(firstRun.status).toBe(0)
      const lines = firstRun.stdout.trim().split('\n')
      expect(
        lines.filter((l) => /demo-(admin|editor|contributor)@space\.example\s+\S{16}/.test(l)),
      ).toHaveLength(3)
      // Payload's own log goes to standard error, and never carries the passwords.
      const password = lines
        .find((l) => l.includes('demo-admin@'))!
        .trim()
        .split(/\s+/)
        .pop()!
      expect(firstRun.stderr).not.toContain(password)
      const secondRun = run(env)
      expect(secondRun.status).toBe(0)
      expect(secondRun.stdout).toMatch(/already seeded/)
      expect(secondRun.stdout).not.toContain('@space.example')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
