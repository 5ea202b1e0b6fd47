// `npm run seed:demo`: demo users, stories and events (src/seed/seedDemo.ts) into the configured
// database. Credentials go to standard output once; Payload's own log goes to standard error.
// Exit codes: 0 done (or already seeded), 1 failure, 2 configuration error.
import { loadEnvOrExit } from '../config/env'

const main = async (): Promise<number> => {
  const env = loadEnvOrExit()
  // Loaded dynamically, the Lexical editor first (run with `--conditions=production`, see
  // scripts/tsxNodeArgs.ts: Lexical's top-level awaits could deadlock Node 20's loader).
  await import('@payloadcms/richtext-lexical')
  const { getPayload } = await import('payload')
  const { createPayloadConfig } = await import('../config/createPayloadConfig')
  const { seedDemo } = await import('../src/seed/seedDemo')
  const payload = await getPayload({ config: createPayloadConfig(env, { logDestination: process.stderr }) })
  const result = await seedDemo(payload)
  if (result.alreadySeeded) {
    console.log('Demo content already seeded; nothing added. (Passwords were shown when it was first seeded.)')
  } else {
    console.log(`Seeded ${result.stories} stories and ${result.events} events. Demo accounts (shown only this once):`)
    for (const { role, email, password } of result.users) console.log(`  ${role.padEnd(12)} ${email}  ${password}`)
  }
  await payload.destroy()
  return 0
}

// A database call waiting on SQLite's lock held by the running server holds no handle on the
// event loop; without this timer Node could end the process mid-seed. process.exit ends it.
setInterval(() => undefined, 1000)
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('seed:demo failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
