import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * Zero-configuration start on the embedded SQLite database: when no PAYLOAD_SECRET is
 * given, a random one is created once and kept beside the database (mode 600), so
 * sessions survive restarts. Deployments set PAYLOAD_SECRET themselves.
 */
export const localSecret = (databaseUrl: string): string | undefined => {
  if (!databaseUrl.startsWith('file:')) return undefined
  const file = path.join(
    path.dirname(path.resolve(databaseUrl.replace(/^file:/, ''))),
    '.payload-secret',
  )
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
