import type { NextFunction, Request, Response } from 'express'
import { siteCache } from '../site/siteCache'
import { isAnonymousRequest } from './isAnonymousRequest'

type Snapshot = { status: number; headers: Array<[string, string]>; body: Buffer }

const snapshotOf = async (response: globalThis.Response): Promise<Snapshot> => {
  const headers: Array<[string, string]> = []
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') headers.push([name, value])
  })
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) }
}

// A non-200 answer rides on a rejection, which siteCache never keeps.
class Uncacheable extends Error {
  constructor(readonly snapshot: Snapshot) {
    super('uncacheable answer')
  }
}

/**
 * Anonymous GETs of the public lists (`/api/stories`, `/api/events`) answered from the
 * per-process site cache, keyed by the whole URL. Anonymous callers all see the same thing
 * (published documents only), so one answer serves them all; any story or event change in
 * this process clears the cache (collection hooks, the bridge's writes via contentEvents),
 * and its TTL (30 s) bounds staleness after a change made by another instance. Requests with
 * credentials, and answers other than 200, always go to Payload.
 */
export const cachedForAnonymous =
  (handler: (req: Request) => Promise<globalThis.Response>) =>
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!isAnonymousRequest(req))
        return void (await send(res, await snapshotOf(await handler(req)), 'bypass'))
      let hit = true
      const snapshot = await siteCache
        .get(`rest:${req.originalUrl}`, async () => {
          hit = false
          const fresh = await snapshotOf(await handler(req))
          if (fresh.status !== 200) throw new Uncacheable(fresh)
          return fresh
        })
        .catch((err: unknown) => {
          if (err instanceof Uncacheable) return err.snapshot
          throw err
        })
      await send(res, snapshot, hit ? 'hit' : 'miss')
    } catch (err) {
      next(err)
    }
  }

const send = async (
  res: Response,
  { status, headers, body }: Snapshot,
  cache: 'hit' | 'miss' | 'bypass',
) => {
  res.status(status)
  for (const [name, value] of headers) res.setHeader(name, value)
  res.setHeader('x-space-cache', cache)
  res.end(body)
}
