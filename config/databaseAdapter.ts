// Picks Payload's database adapter from DATABASE_URL's scheme.
// Development and tests push the schema; production applies the committed migrations, after
// looking at the mark a development push may have left (config/devPushMark.ts).
//
// Only the chosen adapter (and its migrations) is loaded: importing all three cost a start
// about two seconds on a busy machine, 1.5 s of it Mongoose, which a SQLite or Postgres
// process never uses.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mkdirSync } from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import type { Env } from './env'
import { guardDevPushMark } from './devPushMark'
import { rollbackFailedJobUpdates } from './rollbackFailedJobUpdates'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const databaseKind = (url: string): DatabaseKind =>
  url.startsWith('file:') ? 'sqlite' : url.startsWith('mongodb') ? 'mongodb' : 'postgres'

export const databaseAdapter = async (
  env: Pick<Env, 'DATABASE_URL' | 'NODE_ENV'>,
): Promise<DatabaseAdapterObj> => {
  const production = env.NODE_ENV === 'production'
  const kind = databaseKind(env.DATABASE_URL)
  if (kind === 'sqlite') {
    const file = env.DATABASE_URL.replace(/^file:/, '')
    if (!file.startsWith(':memory:'))
      mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true })
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { migrations: sqliteMigrations } = await import('@/migrations/sqlite')
    const adapter = sqliteAdapter({
      client: { url: env.DATABASE_URL },
      // Several processes share the file (the server, a worker, the admin CLI): WAL lets
      // readers and one writer proceed together, and writers wait instead of failing.
      wal: true,
      busyTimeout: 10_000,
      push: !production,
      migrationDir: path.join(root, 'migrations/sqlite'),
      prodMigrations: production ? sqliteMigrations : undefined,
    })
    return guardDevPushMark(rollbackFailedJobUpdates(adapter), {
      committed: sqliteMigrations.map((m) => m.name),
      where: `the database ${file}`,
    })
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations: postgresMigrations } = await import('@/migrations/postgres')
    const adapter = postgresAdapter({
      pool: { connectionString: env.DATABASE_URL, max: 10 },
      push: !production,
      migrationDir: path.join(root, 'migrations/postgres'),
      prodMigrations: production ? postgresMigrations : undefined,
    })
    // Named by its database only: the URL may carry a password.
    const name = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1)) || 'postgres'
    return guardDevPushMark(rollbackFailedJobUpdates(adapter), {
      committed: postgresMigrations.map((m) => m.name),
      where: `the Postgres database "${name}"`,
    })
  }
  // Selectable, but never tested here: no MongoDB server can run on these machines.
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({ url: env.DATABASE_URL })
}
