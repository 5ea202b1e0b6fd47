// `npm run seed:demo`: demo users, stories and events (seed/seedDemo.ts) into the configured
// database. Credentials go to standard output once; Payload's own log goes to standard error.
// Boots as `npm start` does (config/productEnv.ts): the same database and secret, production
// mode, so the committed migrations create or update the schema and nothing is pushed.
// Exit codes: 0 done (or already seeded), 1 failure (one line), 2 configuration error.
import { loadEnvOrExit } from '@/config/env'
import { prepareProductProcess } from '@/config/productEnv'
import { holdEventLoop } from './holdEventLoop'

const main = async (): Promise<number> => {
  prepareProductProcess()
  const env = loadEnvOrExit()
  // Loaded dynamically, the Lexical editor first (run with `--conditions=production`, see
  // config/nodeArgs.ts: Lexical's top-level awaits could deadlock Node 20's loader).
  await import('@payloadcms/richtext-lexical')
  const { getPayload } = await import('payload')
  const { createPayloadConfig } = await import('@/config/createPayloadConfig')
  const { bridgeWithoutClient } = await import('@/bridge/bridgeWithoutClient')
  const { seedDefaults } = await import('@/seed/seedDefaults')
  const { seedDemo } = await import('@/seed/seedDemo')
  const config = createPayloadConfig(env, {
    bridge: bridgeWithoutClient(env),
    onInit: seedDefaults,
    logDestination: process.stderr,
  })
  const payload = await getPayload({ config })
  const result = await seedDemo(payload)
  if (result.alreadySeeded) {
    console.log(
      'Demo content already seeded; nothing added. (Passwords were shown when it was first seeded.)',
    )
  } else {
    console.log(
      `Seeded ${result.stories} stories and ${result.events} events. Demo accounts (shown only this once):`,
    )
    for (const { role, email, password } of result.users)
      console.log(`  ${role.padEnd(12)} ${email}  ${password}`)
  }
  await payload.destroy()
  return 0
}

// process.exit ends the process (scripts/holdEventLoop.ts says why the loop is held).
holdEventLoop()
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('seed:demo failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
