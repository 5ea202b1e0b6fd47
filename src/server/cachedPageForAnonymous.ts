import { gunzipSync, gzipSync } from 'node:zlib'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { siteCache } from '@/src/site/siteCache'
import { isAnonymousRequest } from './isAnonymousRequest'
import type { PageFiles } from './pageFiles'
import { renderSlots } from './renderSlots'

type Headers = Array<[string, string | string[]]>
/**
 * A rendered page as kept: headers to replay and the body compressed once, in a file of its
 * own (src/server/pageFiles.ts) or, without page files, in memory. `bytes` is what the entry
 * costs the cache's memory budget.
 */
type Page = { headers: Headers; file?: string; gzipped?: Buffer; bytes: number }
// Memory an entry costs beside its body: the key, its tags and their index, the page record.
const ENTRY_OVERHEAD = 768

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

/**
 * One array for every page with the same headers (nearly all do): thousands of kept pages
 * each holding its own copy of the same ten strings would cost more than their index.
 */
const sharedHeaders = new Map<string, Headers>()
const shared = (headers: Headers) => {
  const key = JSON.stringify(headers)
  let known = sharedHeaders.get(key)
  if (!known) {
    if (sharedHeaders.size >= 256) sharedHeaders.clear()
    sharedHeaders.set(key, (known = headers))
  }
  return known
}

type Rendered = { headers: Headers; gzipped: Buffer }

/** Lets `handler` render into `res` while keeping a copy of what it sends. */
const capture = (handler: RequestHandler, req: Request, res: Response, next: NextFunction) =>
  new Promise<Rendered>((resolve, reject) => {
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
      resolve({ headers: shared(headers), gzipped: gzipSync(Buffer.concat(chunks)) })
    })
    res.once('close', () => reject(new NotCached()))
    Promise.resolve(handler(req, res, next)).catch(reject)
  })

/** Where the body goes: its own file when there are page files, an exact-size buffer otherwise. */
const keep = async (key: string, rendered: Rendered, files?: PageFiles): Promise<Page> => {
  const overhead = ENTRY_OVERHEAD + 2 * key.length
  if (files) {
    try {
      const file = await files.write(key, rendered.gzipped)
      return { headers: rendered.headers, file, bytes: overhead }
    } catch {
      // A full or unwritable disk costs memory, never the page.
    }
  }
  const gzipped = ownCopy(rendered.gzipped)
  return { headers: rendered.headers, gzipped, bytes: overhead + gzipped.length }
}

const replay = (req: Request, res: Response, page: Page, gzipped: Buffer) => {
  res.status(200)
  for (const [name, value] of page.headers) res.setHeader(name, value)
  res.setHeader('vary', 'Accept-Encoding')
  res.setHeader('x-space-cache', 'hit')
  const gzip = acceptsGzip(req)
  const body = gzip ? gzipped : gunzipSync(gzipped)
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
 * always go to Next, and what Next renders for them is never kept. With `files`, bodies are
 * kept on disk and only their index in memory; a body whose file is gone is rendered again.
 */
export const cachedPageForAnonymous = (
  handler: RequestHandler,
  { files }: { files?: PageFiles } = {},
): RequestHandler => {
  // Made once, outside any request: an entry keeps its options' functions for as long as it
  // lives, and a function made inside `serve` would keep that request's whole scope (its
  // response and every chunk of the rendered page) alive with it.
  const keeping = {
    bytes: (kept: unknown) => (kept as Page).bytes,
    dispose: files
      ? (kept: unknown) => {
          const { file } = kept as Page
          if (file) files.remove(file)
        }
      : undefined,
  }
  const serve = async (
    req: Request,
    res: Response,
    next: NextFunction,
    again = false,
  ): Promise<void> => {
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
            return keep(key, await capture(handler, req, res, next), files)
          })
        },
        keeping,
      )
      if (renderedHere) return
      const gzipped = page.gzipped ?? files?.read(page.file!)
      if (gzipped) return replay(req, res, page, gzipped)
      // Its file was dropped for room since: forget the entry and render (once) for this visitor.
      siteCache.drop(key)
      if (again) await handler(req, res, next)
      else await serve(req, res, next, true)
    } catch (err) {
      if (renderedHere) return
      // The rendering this request waited on was not cacheable: render for this visitor.
      if (err instanceof NotCached) await handler(req, res, next)
      else next(err)
    }
  }
  return async (req, res, next) => {
    if (req.method !== 'GET' || !isAnonymousRequest(req) || isNextDataRequest(req))
      return handler(req, res, next)
    return serve(req, res, next)
  }
}
