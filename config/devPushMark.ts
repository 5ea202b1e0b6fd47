// A development-mode boot (schema push on) writes a `payload_migrations` row named "dev" with
// batch -1. Payload's migrate() then asks on the terminal at every production start ("you've
// dynamically pushed changes to your database… proceed? (y/N)"): N exits 0 with no server, y
// starts and leaves the mark for the next start. Space never asks. Before Payload migrates, the
// mark is looked at here, and either repaired, when that is provably safe, or refused:
//
// - repaired only when the tables are exactly what the committed migrations describe (drizzle-kit
//   finds nothing to push from the current schema, and the current schema is the newest
//   committed snapshot), and then
//   - every committed migration is already recorded: the mark is removed; or
//   - none is recorded (the database was created by a push): they are recorded as applied
//     (batch 1) and the mark is removed; the tables they would create are already there;
// - refused in every other case (tables that differ, a schema ahead of its migrations, some
//   migrations recorded and some not): DatabaseStateError, one line, nothing changed.
import type { DatabaseAdapterObj, Payload } from 'payload'
import { pendingStatements } from '@/migrations/pendingStatements'

/** The database is in a state Space will not start on; the message is one line saying why. */
export class DatabaseStateError extends Error {
  override name = 'DatabaseStateError'
}

export const isDatabaseStateError = (err: unknown): err is DatabaseStateError =>
  err instanceof Error && err.name === 'DatabaseStateError'

export type DevPushFacts = {
  /** A batch -1 row is present. */
  marked: boolean
  /** Names of the migrations recorded as applied (batch > 0). */
  recorded: string[]
  /** Names of the committed migrations, oldest first. */
  committed: string[]
  /** Statements drizzle-kit would run to bring the tables to the current schema. */
  tablesDiffer: number
  /** Statements the committed migrations lack for the current schema. */
  migrationsLag: number
}

export type DevPushDecision =
  | { action: 'proceed' }
  | { action: 'unmark' }
  | { action: 'record'; names: string[] }
  | { action: 'refuse'; reason: string }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What to do with a database that a development-mode push may have marked (pure; see above). */
export const decideDevPush = (facts: DevPushFacts): DevPushDecision => {
  if (!facts.marked) return { action: 'proceed' }
  if (facts.migrationsLag > 0)
    return {
      action: 'refuse',
      reason: `this checkout's schema is ahead of its committed migrations (${plural(facts.migrationsLag, 'statement')} missing; run \`npm run migrations:create\` and commit them)`,
    }
  if (facts.tablesDiffer > 0)
    return {
      action: 'refuse',
      reason: `its tables differ from the committed migrations (${plural(facts.tablesDiffer, 'statement')} would change them)`,
    }
  const recorded = new Set(facts.recorded)
  const pending = facts.committed.filter((name) => !recorded.has(name))
  if (pending.length === 0) return { action: 'unmark' }
  if (recorded.size === 0) return { action: 'record', names: pending }
  return {
    action: 'refuse',
    reason: `${plural(recorded.size, 'migration')} recorded and ${plural(pending.length, 'committed migration')} not, so it cannot be told which of them the push stood in for`,
  }
}

type PushResult = { statementsToExecute?: string[] }
type MarkedAdapter = {
  name: string
  payload: Payload
  schema: unknown
  drizzle: unknown
  schemaName?: string
  tablesFilter?: string[]
  extensions?: Record<string, boolean>
  migrationDir: string
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: unknown[] }>
  requireDrizzleKit: () => { pushSchema: (...args: unknown[]) => Promise<PushResult> }
  migrate: (args?: { migrations?: Array<{ name: string }> }) => Promise<void>
}

const migrationTableExists = async (adapter: MarkedAdapter): Promise<boolean> => {
  const prefix = adapter.schemaName ? `"${adapter.schemaName}".` : ''
  const raw =
    adapter.name === 'postgres'
      ? `SELECT to_regclass('${prefix}"payload_migrations"') IS NOT NULL AS "exists"`
      : `SELECT COUNT(*) > 0 AS "exists" FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`
  const { rows } = await adapter.execute({ drizzle: adapter.drizzle, raw })
  const value = (rows[0] as { exists?: unknown } | undefined)?.exists
  return value === true || value === 't' || Number(value) === 1
}

// drizzle-kit's Postgres introspection reads a numeric column's default ("0") as different from
// the schema's (0), so its push always proposes `SET DEFAULT 0` for every such column, a no-op.
// Statements of that form whose column already has that default are not differences.
const SET_DEFAULT = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (.+);$/
const bareDefault = (value: unknown) =>
  String(value ?? '')
    .trim()
    .replace(/::[a-z ]+(\[\])?$/i, '')
    .replace(/^'(.*)'$/, '$1')

const withoutNoOpDefaults = async (
  adapter: MarkedAdapter,
  statements: string[],
): Promise<string[]> => {
  if (adapter.name !== 'postgres' || !statements.some((s) => SET_DEFAULT.test(s))) return statements
  const schema = adapter.schemaName
    ? `'${adapter.schemaName.replace(/'/g, "''")}'`
    : 'current_schema()'
  const { rows } = await adapter.execute({
    drizzle: adapter.drizzle,
    raw: `SELECT table_name, column_name, column_default FROM information_schema.columns WHERE table_schema = ${schema}`,
  })
  const live = new Map(
    (rows as Array<{ table_name: string; column_name: string; column_default: unknown }>).map(
      (r) => [`${r.table_name}.${r.column_name}`, bareDefault(r.column_default)],
    ),
  )
  return statements.filter((statement) => {
    const [, table, column, value] = SET_DEFAULT.exec(statement) ?? []
    return !(table && live.get(`${table}.${column}`) === bareDefault(value))
  })
}

const gatherFacts = async (
  adapter: MarkedAdapter,
  committed: string[],
): Promise<DevPushFacts | null> => {
  if (!(await migrationTableExists(adapter))) return null
  const { docs } = await adapter.payload.find({
    collection: 'payload-migrations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const rows = docs as Array<{ name?: string | null; batch?: number | null }>
  if (!rows.some((row) => row.batch === -1)) return null
  // Loaded only here: drizzle-kit is large, and a normal start never needs it.
  const { pushSchema } = adapter.requireDrizzleKit()
  const { extensions = {} } = adapter
  const push = await pushSchema(
    adapter.schema,
    adapter.drizzle,
    adapter.schemaName ? [adapter.schemaName] : undefined,
    adapter.tablesFilter,
    extensions.postgis ? ['postgis'] : undefined,
  )
  const lag = await pendingStatements(adapter as unknown as Parameters<typeof pendingStatements>[0])
  return {
    marked: true,
    recorded: rows.filter((row) => Number(row.batch) > 0 && row.name).map((row) => row.name!),
    committed,
    tablesDiffer: (await withoutNoOpDefaults(adapter, push.statementsToExecute ?? [])).length,
    migrationsLag: lag.length,
  }
}

/** Looks at the mark and repairs it or throws DatabaseStateError; a database without one is left as it is. */
export const resolveDevPushMark = async (
  adapter: MarkedAdapter,
  committed: string[],
  where: string,
): Promise<DevPushDecision> => {
  const facts = await gatherFacts(adapter, committed)
  const decision = facts ? decideDevPush(facts) : ({ action: 'proceed' } as const)
  const { payload } = adapter
  const unmark = () =>
    payload.delete({
      collection: 'payload-migrations',
      where: { batch: { equals: -1 } },
      overrideAccess: true,
    })
  if (decision.action === 'refuse') {
    throw new DatabaseStateError(
      `${where} was changed by a development-mode schema push (a "dev" row with batch -1 in payload_migrations) and ${decision.reason}. Nothing was changed; restore a backup or see docs/OPERATIONS.md, "Schema changes and migrations".`,
    )
  }
  if (decision.action === 'unmark') {
    await unmark()
    payload.logger.warn(
      `Removed the mark of a development-mode schema push from ${where}: its tables match the committed migrations, all of which were applied.`,
    )
  }
  if (decision.action === 'record') {
    for (const name of decision.names)
      await payload.create({
        collection: 'payload-migrations',
        data: { name, batch: 1 },
        overrideAccess: true,
      })
    await unmark()
    const n = decision.names.length
    payload.logger.warn(
      `Removed the mark of a development-mode schema push from ${where}: it was created by that push with exactly the tables of the committed migrations, so ${plural(n, 'migration')} ${n === 1 ? 'was' : 'were'} recorded as applied.`,
    )
  }
  return decision
}

/** A refused database is left with no connection open (Payload never got to destroy()). */
const releaseConnections = (adapter: unknown) => {
  const { name, pool, client } = adapter as {
    name?: string
    pool?: { on: (e: 'error', f: () => void) => void; end: () => Promise<void> }
    client?: { close?: () => void }
  }
  if (pool) {
    // connect() keeps one client checked out, so end() may never settle: idle clients go now.
    pool.on('error', () => undefined)
    pool.end().catch(() => undefined)
  }
  if (name === 'sqlite') client?.close?.()
}

/**
 * The adapter with its migrate() looking at the mark first: both the production start
 * (prodMigrations) and `npm run migrate` go through it, so neither ever reaches Payload's prompt.
 */
export const guardDevPushMark = (
  adapter: DatabaseAdapterObj,
  { committed, where }: { committed: string[]; where: string },
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const marked = instance as unknown as MarkedAdapter
    const migrate = marked.migrate
    marked.migrate = async (migrateArgs) => {
      try {
        await resolveDevPushMark(
          marked,
          migrateArgs?.migrations?.map((m) => m.name) ?? committed,
          where,
        )
      } catch (err) {
        if (isDatabaseStateError(err)) releaseConnections(instance)
        throw err
      }
      return migrate.call(instance, migrateArgs)
    }
    return instance
  },
})
