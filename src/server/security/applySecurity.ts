import type { Express } from 'express'
import type { Payload } from 'payload'
import type { Env } from '@/config/env'
import { securityHeaders } from './securityHeaders'
import { loginRateLimit } from './loginRateLimit'
import { bodySizeLimit } from './bodySizeLimit'

/**
 * Mounts the hardening in front of every route: secure headers, the login throttle and body
 * size limits (for every path: the API, the webhook receiver and Next's routes all read
 * bodies). CORS and CSRF need nothing here: Payload's handlers apply the config's `cors` and
 * `csrf` allowlists (both from CORS_ORIGINS) themselves.
 */
export const applySecurity = (
  app: Express,
  { env, logger }: { env: Env; logger: Payload['logger'] },
) => {
  app.use(securityHeaders({ development: env.NODE_ENV === 'development' }))
  app.post('/api/users/login', loginRateLimit(logger))
  app.use(bodySizeLimit(undefined, logger))
}
