// How every entry that opens the product's database boots: `npm start`, `npm run seed:demo`,
// `npm run migrate` and the admin CLI. The same defaults, so they all see the same database in
// the same mode: production (committed migrations, never a schema push) unless NODE_ENV says
// otherwise. A development-mode boot pushes the schema and leaves a mark on the database
// (config/devPushMark.ts), so `npm run dev` alone defaults to development, on a file of its own.
import { localSecret } from './localSecret'
import { refusePrompts } from './refusePrompts'

export const DEFAULT_DATABASE_URL = 'file:./data/space.db'
/** `npm run dev`'s database: its schema pushes never touch the one `npm start` serves. */
export const DEV_DATABASE_URL = 'file:./data/space-dev.db'

type Source = Record<string, string | undefined>

/** NODE_ENV and DATABASE_URL as `npm start` (or, with dev, `npm run dev`) defaults them; empty counts as unset. */
export const applyProductDefaults = (
  source: Source,
  { dev = false }: { dev?: boolean } = {},
): Source => {
  source.NODE_ENV ||= dev ? 'development' : 'production'
  source.DATABASE_URL ||= dev ? DEV_DATABASE_URL : DEFAULT_DATABASE_URL
  return source
}

/** The local SQLite secret (data/.payload-secret beside the file) when PAYLOAD_SECRET is unset. */
export const applyLocalSecret = (source: Source): Source => {
  source.PAYLOAD_SECRET ||= localSecret(source.DATABASE_URL ?? DEFAULT_DATABASE_URL)
  return source
}

/**
 * Prepares this process the way `npm start` does, on process.env itself (Payload's database
 * adapters read process.env.NODE_ENV when deciding to push or to run migrations), and makes
 * sure nothing waits on a terminal prompt (config/refusePrompts.ts). Call before loadEnvOrExit.
 */
export const prepareProductProcess = ({ dev = false }: { dev?: boolean } = {}): void => {
  const source = process.env as Source
  applyLocalSecret(applyProductDefaults(source, { dev }))
  // A developer at a terminal may answer Payload's questions in development; nothing else does.
  if (source.NODE_ENV === 'production' || !process.stdin.isTTY) refusePrompts()
}
