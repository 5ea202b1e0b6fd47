// `npm run migrate`: applies the committed migrations (migrations/<dialect>) to the configured
// database and exits, booting as `npm start` does (config/productEnv.ts): the same database and
// secret, never a schema push, never a prompt, the same handling of a database marked by a
// development-mode push (config/devPushMark.ts). `npm start` migrates by itself on every start;
// this is for applying them before a deploy's processes start.
// Exit codes: 0 done (or nothing to do), 1 failure (one line), 2 configuration error.
import { bootForCommand } from './bootForCommand'

bootForCommand(
  'migrate',
  async ({ env, startPayload }) => {
    const { databaseKind } = await import('@/config/databaseAdapter')
    const kind = databaseKind(env.DATABASE_URL)
    if (kind === 'mongodb') throw new Error('MongoDB has no committed migrations here')
    const { migrations } =
      kind === 'sqlite'
        ? await import('@/migrations/sqlite')
        : await import('@/migrations/postgres')
    const payload = await startPayload({ disableOnInit: true })
    // In production the start above has already applied them (prodMigrations); then this finds nothing to do.
    await payload.db.migrate({
      migrations: migrations as unknown as NonNullable<
        Parameters<typeof payload.db.migrate>[0]
      >['migrations'],
    })
    console.log(
      `Migrations up to date: every committed migration (${migrations.length}) is applied.`,
    )
    await payload.destroy()
    return 0
  },
  { migrating: true },
)
