// Runs one integration suite on both databases Space supports in production: SQLite (a temp
// file, as bootSpace does by default) and Postgres (a fresh database on the jest worker's one
// embedded server). The suite boots as usual, passing `database.overrides()` to bootSpace:
//
//   describeEachDatabase('stories', (database) => {
//     beforeAll(async () => { space = await bootSpace(await database.overrides()) })
//     afterAll(async () => { await space?.close() })
//   })
import { startPostgres } from '@/harness/postgres'

export type DatabaseKindUnderTest = 'sqlite' | 'postgres'

export type DatabaseUnderTest = {
  kind: DatabaseKindUnderTest
  /** Env overrides for bootSpace: `{}` on SQLite, `{ DATABASE_URL }` of a new empty database on Postgres. */
  overrides: () => Promise<Record<string, string>>
}

const kinds: DatabaseKindUnderTest[] = ['sqlite', 'postgres']

export const describeEachDatabase = (name: string, fn: (database: DatabaseUnderTest) => void) => {
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      const created: string[] = []
      const database: DatabaseUnderTest = {
        kind,
        overrides: async (): Promise<Record<string, string>> => {
          if (kind === 'sqlite') return {}
          const url = await (await startPostgres({ shared: true })).createDatabase()
          created.push(url)
          return { DATABASE_URL: url }
        },
      }
      fn(database)
      // Declared after the suite's own hooks, so it runs after the suite has closed Payload.
      afterAll(async () => {
        const server = created.length ? await startPostgres({ shared: true }) : undefined
        for (const url of created.splice(0)) await server?.dropDatabase(url)
      })
    })
  }
}
