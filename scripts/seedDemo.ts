// `npm run seed:demo`: demo users, stories and events (src/seed/seedDemo.ts) into the configured
// database. Credentials go to standard output once; Payload's own log goes to standard error.
// Exit codes: 0 done (or already seeded), 1 failure, 2 configuration error.
import { getPayload } from 'payload'
import { loadEnvOrExit } from '../config/env'
import { createPayloadConfig } from '../config/createPayloadConfig'
import { seedDemo } from '../src/seed/seedDemo'

const main = async (): Promise<number> => {
  const env = loadEnvOrExit()
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

// No top-level await: with one, Node sometimes ended this script with exit code 13
// ("unsettled top-level await") before Payload had started.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('seed:demo failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
