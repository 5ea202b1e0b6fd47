import { Router, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { toWebRequest } from './toWebRequest'
import { sendWebResponse } from './sendWebResponse'
import { cachedForAnonymous } from './cachedForAnonymous'
import { bodyWasRefused } from './security/bodySizeLimit'

type WebHandler = (request: globalThis.Request) => Promise<globalThis.Response>

/**
 * Payload's GraphQL handlers, loaded on the first GraphQL request: `@payloadcms/next/routes`
 * and GraphQL itself took about 0.8 s of every start on a busy machine, for an API the site
 * and the admin do not use.
 */
const lazyGraphql = (config: Promise<SanitizedConfig>) => {
  let handlers: Promise<{ post: WebHandler; playground: WebHandler }> | undefined
  const load = () =>
    (handlers ??= import('@payloadcms/next/routes').then(
      ({ GRAPHQL_POST, GRAPHQL_PLAYGROUND_GET }) => ({
        post: GRAPHQL_POST(config),
        playground: GRAPHQL_PLAYGROUND_GET(config),
      }),
    ))
  return {
    post: async (request: globalThis.Request) => (await load()).post(request),
    playground: async (request: globalThis.Request) => (await load()).playground(request),
  }
}

/**
 * Payload's REST and GraphQL APIs served by express itself, so the API (and its tests)
 * do not need a Next.js build; Next serves only the admin UI and the public pages.
 */
export const payloadApiRouter = (config: Promise<SanitizedConfig>): Router => {
  const router = Router()
  const { post: graphql, playground } = lazyGraphql(config)
  const wrap =
    (handler: (request: Request) => Promise<globalThis.Response>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const response = await handler(req)
        // Answered already: the body went over the size limit while Payload read it.
        if (res.headersSent && bodyWasRefused(req)) return
        await sendWebResponse(response, res)
      } catch (err) {
        next(err)
      }
    }
  router.post(
    '/api/graphql',
    wrap((req) => graphql(toWebRequest(req))),
  )
  router.get(
    '/api/graphql-playground',
    wrap((req) => playground(toWebRequest(req))),
  )
  // Payload's jobs collection has endpoints that RUN jobs in whatever process answers
  // (GET /api/payload-jobs/run, /handle-schedules; any signed-in user may call them). Jobs run
  // on workers only (src/worker), never in a web process, so nothing under it is served; its
  // REST reads and writes are closed by Payload's own access rules anyway.
  router.all(['/api/payload-jobs', '/api/payload-jobs/{*path}'], (_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not Found' }] })
  })
  // The public lists and feeds, the most read URLs, come from the site cache for anonymous callers.
  router.get(
    ['/api/stories', '/api/events', '/api/events/{*feed}'],
    cachedForAnonymous((req) => handleEndpoints({ config, request: toWebRequest(req) })),
  )
  router.all(
    '/api/{*path}',
    wrap((req) => handleEndpoints({ config, request: toWebRequest(req) })),
  )
  return router
}
