// What the committed migrations of one dialect are missing: the SQL that would take the newest
// snapshot (migrations/<dialect>/*.json, written beside each migration) to the schema of the
// current config. Empty when the migrations are up to date. Needs no database connection.
// (Kept out of migrations/<dialect>/, where Payload reads every .ts file as a migration.)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

type DrizzleAdapter = {
  migrationDir: string
  schema: unknown
  defaultDrizzleSnapshot?: unknown
  requireDrizzleKit: () => DrizzleKit
}

export const pendingStatements = async (db: DrizzleAdapter): Promise<string[]> => {
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = (await generateDrizzleJson(db.schema)) as { version: string }
  const newest = readdirSync(db.migrationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  let before: unknown = db.defaultDrizzleSnapshot
  if (newest) {
    const snapshot = JSON.parse(readFileSync(join(db.migrationDir, newest), 'utf8')) as {
      version: string
    }
    // Same upgrade Payload's createMigration applies to an older snapshot format.
    before = upSnapshot && snapshot.version < after.version ? upSnapshot(snapshot) : snapshot
  }
  return generateMigration(before, after)
}
