import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { siteCache } from '../site/siteCache'
import { isAnonymousRequest } from './isAnonymousRequest'

type Page = { status: number; headers: Array<[string, string | string[]]>; body: Buffer }

// Answers never replayed: per-response framing and anything personal.
const DROPPED = new Set([
  'set-cookie',
  'content-length',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
])

// A rendering that is not a plain 200 page rides on a rejection, which siteCache never keeps.
class NotCached extends Error {}

/** Next's client navigations ask for the RSC payload of the same URL: never from this cache. */
const isNextDataRequest = (req: Request) =>
  Boolean(
    req.headers.rsc ||
    req.headers['next-router-state-tree'] ||
    req.headers['next-router-prefetch'] ||
    req.headers['next-action'] ||
    req.query._rsc,
  )

/** Lets `handler` render into `res` while keeping a copy of what it sends. */
const capture = (handler: RequestHandler, req: Request, res: Response, next: NextFunction) =>
  new Promise<Page>((resolve, reject) => {
    const chunks: Buffer[] = []
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === 'function') return
      if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
      else
        chunks.push(
          Buffer.from(
            String(chunk),
            typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
          ),
        )
    }
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    res.write = ((chunk: unknown, ...rest: unknown[]) => (
      keep(chunk, rest[0]),
      write(chunk, ...rest)
    )) as Response['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (
      keep(chunk, rest[0]),
      end(chunk, ...rest)
    )) as Response['end']
    res.once('finish', () => {
      if (res.statusCode !== 200) return reject(new NotCached())
      const headers = Object.entries(res.getHeaders())
        .filter(([name, value]) => !DROPPED.has(name) && value !== undefined)
        .map(
          ([name, value]) =>
            [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]],
        )
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) })
    })
    res.once('close', () => reject(new NotCached()))
    Promise.resolve(handler(req, res, next)).catch(reject)
  })

/**
 * Public pages rendered once per URL and replayed to anonymous visitors from the per-process
 * site cache, the same cache and invalidation as the data the pages read: any story or event
 * change in this process clears it at once, and its TTL (30 s) bounds staleness after a change
 * made by another instance. Keyed by URL and Accept-Encoding (Next may compress). Requests with
 * credentials or a preview cookie, Next's client-navigation requests and non-200 renderings
 * always go to Next.
 */
export const cachedPageForAnonymous =
  (handler: RequestHandler): RequestHandler =>
  async (req, res, next) => {
    if (req.method !== 'GET' || !isAnonymousRequest(req) || isNextDataRequest(req))
      return handler(req, res, next)
    const key = `page:${req.headers['accept-encoding'] ?? ''}:${req.originalUrl}`
    let renderedHere = false
    try {
      const page = await siteCache.get(key, () => {
        renderedHere = true
        return capture(handler, req, res, next)
      })
      if (renderedHere) return
      res.status(page.status)
      for (const [name, value] of page.headers) res.setHeader(name, value)
      res.setHeader('x-space-cache', 'hit')
      res.setHeader('content-length', page.body.length)
      res.end(page.body)
    } catch (err) {
      if (renderedHere) return
      // The rendering this request waited on was not cacheable: render for this visitor.
      if (err instanceof NotCached) return handler(req, res, next)
      next(err)
    }
  }
