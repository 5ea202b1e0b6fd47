// The express app: the request log, faults, the HTML pages a browser sees, Discourse's auth and
// rate limit, then its routes. The control API sits beside them, outside auth, faults and the log.
import express, { type ErrorRequestHandler } from 'express'
import { auth } from './auth'
import type { SimulatorContext } from './context'
import { controlRouter } from './control'
import { invalidParametersBody, notFoundBody } from './discourseErrors'
import { faults } from './faults'
import { pageRoutes } from './pages/pageRoutes'
import { rateLimit } from './rateLimit'
import { reply } from './reply'
import { requestLog } from './requestLog'
import { listRoutes } from './routes/lists'
import { postRoutes } from './routes/posts'
import { siteRoutes } from './routes/site'
import { topicRoutes } from './routes/topics'

const CONTROL_PREFIX = '/__simulator'

const parseErrors: ErrorRequestHandler = (err, _req, res, _next) => {
  if ((err as { type?: string }).type === 'entity.parse.failed')
    return void res.status(400).json(invalidParametersBody('the body is not valid JSON'))
  res.status(500).json({ errors: ['Internal Server Error'], error_type: 'internal_server_error' })
}

export const createSimulatorApp = (ctx: SimulatorContext, onReset: () => void): express.Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  const logged = requestLog(ctx.requestLog)
  app.use((req, res, next) =>
    req.path.startsWith(CONTROL_PREFIX) ? next() : logged(req, res, next),
  )
  app.use(express.json({ limit: '5mb' }), express.urlencoded({ extended: true, limit: '5mb' }))
  app.use(CONTROL_PREFIX, controlRouter(ctx, onReset))

  const api = express.Router()
  api.use(faults(ctx.faults))
  // Before auth: a browser carries no API key. JSON requests pass through to the API below.
  api.use(pageRoutes(ctx))
  api.use(auth(ctx.forum.state, () => ctx.apiKey))
  api.use(rateLimit(ctx.window))
  postRoutes(api, ctx)
  topicRoutes(api, ctx)
  listRoutes(api, ctx)
  siteRoutes(api, ctx)
  api.use((_req, res) => reply(res, 404, notFoundBody()))
  app.use(api)
  app.use(parseErrors)
  return app
}
