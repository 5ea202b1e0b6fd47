// Payload reads this file (admin build, CLI, generate:types). The process entry points
// build their config through createPayloadConfig with the Env they parsed themselves.
import { parseEnv } from './config/env'
import { createPayloadConfig } from './config/createPayloadConfig'
import { bridgeWithoutClient } from './bridge/bridgeWithoutClient'
import { seedDefaults } from './seed/seedDefaults'

// `next build` evaluates the config to collect pages but never serves a request with it,
// so a build needs no real secret; at run time the server's environment always has one.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const env = parseEnv(
  building ? { PAYLOAD_SECRET: 'build-time-placeholder-secret', ...process.env } : process.env,
)

// No job runs where this config is used (the sync tasks stay declared, so the jobs schema is
// the one the server has): a bridge without a Discourse client.
export default createPayloadConfig(env, { bridge: bridgeWithoutClient(env), onInit: seedDefaults })
