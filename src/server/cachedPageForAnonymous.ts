import { gunzipSync, gzipSync } from 'node:zlib'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { siteCache } from '@/src/site/siteCache'
import { isAnonymousRequest } from './isAnonymousRequest'
import { renderSlots } from './renderSlots'

/** A rendered page as kept: headers to replay and the body compressed once. */
type Page = { headers: Array<[string, string | string[]]>; gzipped: Buffer; bytes: number }

// Answers never replayed: per-response framing and anything personal.
const DROPPED = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'x-space-cache',
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

// Renderings at once, per process (src/server/renderSlots.ts); replays never wait.
const inTurn = renderSlots(4)

const acceptsGzip = (req: Request) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

/**
 * A buffer with memory of its own, exactly its size: zlib answers a view into a 16 kB chunk,
 * and a small Buffer.from() a slice of a shared 8 kB slab; thousands of kept pages held as such
 * views kept two to four times the memory the cache counted.
 */
const ownCopy = (data: Buffer) => {
  const copy = Buffer.allocUnsafeSlow(data.length)
  data.copy(copy)
  return copy
}

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
      if (res.statusCode !== 200 || res.getHeader('content-encoding'))
        return reject(new NotCached())
      const headers = Object.entries(res.getHeaders())
        .filter(([name, value]) => !DROPPED.has(name) && value !== undefined)
        .map(
          ([name, value]) =>
            [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]],
        )
      const gzipped = ownCopy(gzipSync(Buffer.concat(chunks)))
      resolve({ headers, gzipped, bytes: gzipped.length + 512 })
    })
    res.once('close', () => reject(new NotCached()))
    Promise.resolve(handler(req, res, next)).catch(reject)
  })

const replay = (req: Request, res: Response, page: Page) => {
  res.status(200)
  for (const [name, value] of page.headers) res.setHeader(name, value)
  res.setHeader('vary', 'Accept-Encoding')
  res.setHeader('x-space-cache', 'hit')
  const gzip = acceptsGzip(req)
  const body = gzip ? page.gzipped : gunzipSync(page.gzipped)
  if (gzip) res.setHeader('content-encoding', 'gzip')
  res.setHeader('content-length', body.length)
  res.end(body)
}

/**
 * Public pages rendered once per URL and replayed to every anonymous visitor from the site
 * cache (src/site/siteCache.ts), until the content they show changes: the page's entry is
 * tagged by the data reads its rendering made, so an edit re-renders only the pages that
 * showed what it touched. The rendering is asked for uncompressed and kept gzipped (a quarter
 * of the memory), then sent gzipped or plain as each visitor accepts. Requests with
 * credentials or a preview cookie, Next's client-navigation requests and non-200 renderings
 * always go to Next, and what Next renders for them is never kept.
 */
export const cachedPageForAnonymous =
  (handler: RequestHandler): RequestHandler =>
  async (req, res, next) => {
    if (req.method !== 'GET' || !isAnonymousRequest(req) || isNextDataRequest(req))
      return handler(req, res, next)
    const key = `page:${req.originalUrl}`
    let renderedHere = false
    try {
      const page = await siteCache.get(
        key,
        () => {
          renderedHere = true
          return inTurn(async () => {
            // A visitor who left while waiting for a turn: nothing to render for.
            if (res.destroyed || res.writableEnded) throw new NotCached()
            delete req.headers['accept-encoding']
            res.setHeader('x-space-cache', 'miss')
            return capture(handler, req, res, next)
          })
        },
        { bytes: (rendered) => (rendered as Page).bytes },
      )
      if (!renderedHere) replay(req, res, page)
    } catch (err) {
      if (renderedHere) return
      // The rendering this request waited on was not cacheable: render for this visitor.
      if (err instanceof NotCached) return handler(req, res, next)
      next(err)
    }
  }
