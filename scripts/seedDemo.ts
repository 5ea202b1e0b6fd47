// `npm run seed:demo`: demo users, stories and events (seed/seedDemo.ts) into the configured
// database. Credentials go to standard output once; Payload's own log goes to standard error.
// Boots as `npm start` does (config/productEnv.ts): the same database and secret, production
// mode, so the committed migrations create or update the schema and nothing is pushed.
// Exit codes: 0 done (or already seeded), 1 failure (one line), 2 configuration error.
import { bootForCommand } from './bootForCommand'

bootForCommand('seed:demo', async ({ startPayload }) => {
  const { seedDefaults } = await import('@/seed/seedDefaults')
  const { seedDemo } = await import('@/seed/seedDemo')
  const payload = await startPayload({ onInit: seedDefaults })
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
})
