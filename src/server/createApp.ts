import express, {
  type ErrorRequestHandler,
  type Express,
  type RequestHandler,
  type Router,
} from 'express'
import type { Payload, SanitizedConfig } from 'payload'
import type { Env } from '@/config/env'
import { healthRoute } from './healthRoute'
import { payloadApiRouter } from './payloadApiRouter'
import { cachedPageForAnonymous } from './cachedPageForAnonymous'
import type { PageFiles } from './pageFiles'
import { applySecurity } from './security/applySecurity'
import { bodyWasRefused } from './security/bodySizeLimit'

/** A 4xx status an error carries and may show (http-errors' `expose`, as body-parser throws them). */
const clientErrorStatus = (err: unknown): number | undefined => {
  const { status, expose } = (err ?? {}) as { status?: unknown; expose?: unknown }
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true
    ? status
    : undefined
}

/** The public site's addresses: everything but the admin, the API and Next's assets. */
const isPublicPage = (path: string) => !/^\/(admin|api|_next)(\/|$)/.test(path)

export type AppOptions = {
  env: Env
  payload: Payload
  config: Promise<SanitizedConfig>
  /** Routers mounted before Payload's API (the Discourse webhook receiver, say). */
  routers?: Router[]
  /** Next.js request handler for the admin and the public site; omitted in API-only tests. */
  nextHandler?: RequestHandler
  /** Where cached pages' bodies are kept; in memory without. */
  pageFiles?: PageFiles
  healthExtra?: () => Record<string, unknown>
}

/** The one express app: health, extra routers, Payload's API, then Next for everything else. */
export const createApp = ({
  env,
  payload,
  config,
  routers = [],
  nextHandler,
  pageFiles,
  healthExtra,
}: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  applySecurity(app, { env, logger: payload.logger })
  app.get('/healthz', healthRoute(payload, env.DATABASE_URL, healthExtra))
  for (const router of routers) app.use(router)
  app.use(payloadApiRouter(config))
  if (nextHandler) {
    // The public site's pages and feeds are rendered once and replayed to anonymous visitors
    // until what they show changes; the admin and Next's own assets always go to Next.
    const cachedPage = cachedPageForAnonymous(nextHandler, { files: pageFiles })
    app.get('/{*any}', (req, res, next) =>
      isPublicPage(req.path) ? cachedPage(req, res, next) : nextHandler(req, res, next),
    )
    app.all('/{*any}', nextHandler)
  }
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    // A body refused by the size limit was answered 413; its reader failing after is expected.
    if (res.headersSent && bodyWasRefused(req)) return
    // The client's own mistake as express's body parsers report it (413 over their limit, 400
    // for a body cut short): answered with that status, in the API's error shape.
    const status = clientErrorStatus(err)
    if (status && !res.headersSent)
      return void res.status(status).json({ errors: [{ message: (err as Error).message }] })
    payload.logger.error({ err }, 'unhandled request error')
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  }
  app.use(onError)
  return app
}
