// `npm run migrations:create -- <name>`: writes one migration per dialect (SQLite and Postgres)
// from the current config, with Payload's own migrate:create machinery, and rewrites
// migrations/<dialect>/index.ts. Production applies them on start (prodMigrations) or through
// `npm run migrate`. Needs no database: like `payload migrate:create`, it compares the config's
// schema with the newest snapshot (.json) in the dialect's folder, so Postgres need not run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getPayload } from 'payload'
import { parseEnv } from '@/config/env'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { bridgeWithoutClient } from '@/bridge/bridgeWithoutClient'
import { pendingStatements } from '@/migrations/pendingStatements'

type Dialect = { name: 'sqlite' | 'postgres'; databaseUrl: (dir: string) => string }

const dialects: Dialect[] = [
  { name: 'sqlite', databaseUrl: (dir) => `file:${join(dir, 'schema.db')}` },
  // Never connected to: only the adapter's dialect matters here.
  { name: 'postgres', databaseUrl: () => 'postgres://space:unused@127.0.0.1:1/space' },
]

const migrationName = (process.argv[2] ?? '').trim()
if (!/^[a-z0-9_]+$/i.test(migrationName)) {
  console.error('usage: npm run migrations:create -- <name>   (letters, digits and underscores)')
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'space-migrations-'))
let written = 0
try {
  for (const dialect of dialects) {
    const env = parseEnv({
      NODE_ENV: 'development',
      DATABASE_URL: dialect.databaseUrl(dir),
      PAYLOAD_SECRET: 'migrations-are-generated-without-a-secret',
      LOG_LEVEL: 'warn',
    })
    const config = createPayloadConfig(env, {
      bridge: bridgeWithoutClient(env),
      logDestination: process.stderr,
    })
    // One cache key per dialect: getPayload would otherwise hand back the first instance.
    const payload = await getPayload({
      config,
      key: `migrations-${dialect.name}`,
      disableDBConnect: true,
      disableOnInit: true,
    })
    const db = payload.db as unknown as Parameters<typeof pendingStatements>[0] & {
      createMigration: (args: {
        migrationName: string
        payload: typeof payload
        forceAcceptWarning: boolean
      }) => Promise<void>
    }
    const pending = await pendingStatements(db)
    if (pending.length === 0) {
      console.log(`${dialect.name}: no schema changes since the last migration; nothing written`)
    } else {
      // forceAcceptWarning: never prompt (we only get here when there is something to write).
      await db.createMigration({ migrationName, payload, forceAcceptWarning: true })
      console.log(`${dialect.name}: ${pending.length} statements written to ${db.migrationDir}`)
      written++
    }
    await payload.destroy()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(
  written
    ? 'Review the new files, then commit them with the schema change.'
    : 'Migrations are up to date.',
)
process.exit(0)
