// A development-mode boot (schema push) leaves a "dev" row with batch -1 in payload_migrations;
// Payload's own migrate() would then prompt at every production start. Space's production boot
// repairs the mark when the tables are exactly the committed migrations' and refuses otherwise,
// in one line, without changing anything (config/devPushMark.ts). On SQLite and on Postgres.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload } from 'payload'
import { bootSpace } from '@/harness/bootSpace'
import { describeEachDatabase } from '../helpers/describeEachDatabase'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { migrations as postgresMigrations } from '@/migrations/postgres'

type Row = { name: string; batch: number }

const migrationRows = async (payload: Payload): Promise<Row[]> =>
  (
    await payload.find({
      collection: 'payload-migrations',
      pagination: false,
      sort: 'name',
      overrideAccess: true,
    })
  ).docs.map((d) => ({ name: d.name as string, batch: Number(d.batch) }))

/** Rows of one query, read without booting Payload (which could push or repair). */
const rawQuery = async (
  databaseUrl: string,
  sql: string,
): Promise<Array<Record<string, unknown>>> => {
  const numbers = (rows: Array<Record<string, unknown>>) =>
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'bigint' || /^-?\d+$/.test(String(v)) ? Number(v) : v,
        ]),
      ),
    )
  if (databaseUrl.startsWith('file:')) {
    const client = createClient({ url: databaseUrl })
    try {
      const { rows, columns } = await client.execute(sql)
      return numbers(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))))
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return numbers((await client.query(sql)).rows)
  } finally {
    await client.end()
  }
}

/** Boots on the given database in production mode (the adapters read process.env.NODE_ENV). */
const bootProduction = async (databaseUrl: string) => {
  const processEnv = process.env as Record<string, string | undefined>
  const before = processEnv.NODE_ENV
  processEnv.NODE_ENV = 'production'
  try {
    return await bootSpace({ DATABASE_URL: databaseUrl, NODE_ENV: 'production' })
  } finally {
    processEnv.NODE_ENV = before
  }
}

/** Boots in test mode, which pushes the schema and writes the mark, runs `then`, and closes. */
const bootPushing = async (
  databaseUrl: string,
  then: (payload: Payload) => Promise<void> = async () => {},
) => {
  const space = await bootSpace({ DATABASE_URL: databaseUrl })
  try {
    expect((await migrationRows(space.payload)).filter((r) => r.batch === -1)).toHaveLength(1)
    await then(space.payload)
  } finally {
    await space.close()
  }
}

describeEachDatabase('a database marked by a development-mode schema push', (database) => {
  const dirs: string[] = []
  const committed = (database.kind === 'sqlite' ? sqliteMigrations : postgresMigrations).map(
    (m) => ({ name: m.name, batch: 1 }),
  )
  const freshDatabase = async () => {
    if (database.kind === 'postgres') return (await database.overrides()).DATABASE_URL!
    const dir = mkdtempSync(join(tmpdir(), 'space-mark-'))
    dirs.push(dir)
    return `file:${join(dir, 'space.db')}`
  }
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('made by migrations, then pushed with the same schema: the mark is removed and nothing else changes', async () => {
    const url = await freshDatabase()
    const first = await bootProduction(url)
    await first.payload.create({
      collection: 'categories',
      data: { name: 'Kept', slug: 'kept' },
      overrideAccess: true,
    })
    await first.close()
    await bootPushing(url)
    const space = await bootProduction(url)
    try {
      expect(await migrationRows(space.payload)).toEqual(committed)
      expect(
        (
          await space.payload.find({
            collection: 'categories',
            where: { slug: { equals: 'kept' } },
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(1)
    } finally {
      await space.close()
    }
  })

  it('created by a push with exactly the committed schema: the migrations are recorded as applied', async () => {
    const url = await freshDatabase()
    await bootPushing(url, async (payload) => {
      await payload.create({
        collection: 'categories',
        data: { name: 'Kept', slug: 'kept' },
        overrideAccess: true,
      })
    })
    const space = await bootProduction(url)
    try {
      expect(await migrationRows(space.payload)).toEqual(committed)
      expect(
        (
          await space.payload.find({
            collection: 'categories',
            where: { slug: { equals: 'kept' } },
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(1)
    } finally {
      await space.close()
    }
    // And the next start finds nothing to do.
    const again = await bootProduction(url)
    await again.close()
  })

  it('whose tables differ from the committed migrations: refused in one line, nothing changed', async () => {
    const url = await freshDatabase()
    await bootPushing(url, async (payload) => {
      const db = payload.db as unknown as {
        drizzle: unknown
        execute: (a: { drizzle: unknown; raw: string }) => Promise<unknown>
      }
      await db.execute({ drizzle: db.drizzle, raw: 'CREATE TABLE stray_table (id integer)' })
    })
    const refused = await bootProduction(url).then(
      async (space) => {
        await space.close()
        return null
      },
      (err: unknown) => err as Error,
    )
    expect(refused?.name).toBe('DatabaseStateError')
    expect(refused?.message).not.toContain('\n')
    expect(refused?.message).toMatch(
      /development-mode schema push .* tables differ from the committed migrations \(\d+ statements? would change them\)\. Nothing was changed/,
    )
    if (database.kind === 'postgres') expect(refused?.message).not.toContain('postgres://')
    // Still marked, still without migrations, the stray table still there.
    expect(await rawQuery(url, 'SELECT name, batch FROM payload_migrations')).toEqual([
      { name: 'dev', batch: -1 },
    ])
    expect(await rawQuery(url, 'SELECT COUNT(*) AS n FROM stray_table')).toEqual([{ n: 0 }])
  })
})
