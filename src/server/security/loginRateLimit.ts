import { rateLimit } from 'express-rate-limit'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/**
 * Throttles POST /api/users/login per client IP, in front of Payload's own per-account lockout
 * (which a guesser spreading over many accounts never trips). The IP is express's `req.ip`,
 * which trusts X-Forwarded-For only from a proxy on loopback (createApp's 'trust proxy').
 * Counts live in this process's memory: with several web instances each allows the limit.
 */
export const loginRateLimit = (
  logger: Payload['logger'],
  { limit = 10, windowMs = 60_000 } = {},
): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      // The IP and path only: never the body, which holds the email and password.
      logger.warn({ ip: req.ip, path: req.path }, 'login throttled')
      res
        .status(options.statusCode)
        .json({ errors: [{ message: 'Too many login attempts. Try again in a minute.' }] })
    },
  })
