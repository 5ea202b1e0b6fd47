import type { NextFunction, Request, Response } from 'express'
import { cacheTags } from '@/src/site/cacheTags'
import { siteCache } from '@/src/site/siteCache'
import { isAnonymousRequest } from './isAnonymousRequest'

type Snapshot = { status: number; headers: Array<[string, string]>; body: Buffer }

const snapshotOf = async (response: globalThis.Response): Promise<Snapshot> => {
  const headers: Array<[string, string]> = []
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') headers.push([name, value])
  })
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) }
}

const headerOf = ({ headers }: Snapshot, name: string) =>
  headers.find(([header]) => header === name)?.[1]

// A non-200 answer rides on a rejection, which siteCache never keeps.
class Uncacheable extends Error {
  constructor(readonly snapshot: Snapshot) {
    super('uncacheable answer')
  }
}

/** What a list's answer is built from: its documents and the relations populated into them. */
const tagsOfList = (path: string) =>
  path.startsWith('/api/stories')
    ? [cacheTags.stories, cacheTags.categories, cacheTags.media]
    : [cacheTags.events]

/**
 * Anonymous GETs of the public lists (`/api/stories`, `/api/events`) and the events' feeds
 * (`/api/events/map.geojson`, `/listing`, `feed.ics`, ...) answered from the site cache, keyed
 * by the whole URL; a feed that changes with the clock is kept only as long as its own
 * `Cache-Control: max-age` says. Anonymous callers all see the same thing (published documents
 * only), so one answer serves them all, until a change to what the list is built from (any
 * story, category or image for the story list; any event for the event list), in this process
 * or another (src/site/siteCache.ts). Requests with credentials, and answers other than 200,
 * always go to Payload.
 */
export const cachedForAnonymous =
  (handler: (req: Request) => Promise<globalThis.Response>) =>
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!isAnonymousRequest(req))
        return void (await send(req, res, await snapshotOf(await handler(req)), 'bypass'))
      let hit = true
      const snapshot = await siteCache
        .get(
          `rest:${req.originalUrl}`,
          async () => {
            hit = false
            const fresh = await snapshotOf(await handler(req))
            if (fresh.status !== 200) throw new Uncacheable(fresh)
            // A feed that changes with the clock says for how long it holds (events' feeds).
            const maxAge = /max-age=(\d+)/.exec(headerOf(fresh, 'cache-control') ?? '')?.[1]
            if (maxAge !== undefined) siteCache.expireAt(Date.now() + Number(maxAge) * 1000)
            return fresh
          },
          { tags: tagsOfList(req.path), bytes: (fresh) => (fresh as Snapshot).body.length + 512 },
        )
        .catch((err: unknown) => {
          if (err instanceof Uncacheable) return err.snapshot
          throw err
        })
      await send(req, res, snapshot, hit ? 'hit' : 'miss')
    } catch (err) {
      next(err)
    }
  }

/** Whether the caller holds this answer already (If-None-Match names its ETag). */
const notModified = (req: Request, snapshot: Snapshot) => {
  const etag = headerOf(snapshot, 'etag')
  const match = req.headers['if-none-match']
  return Boolean(etag && match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
}

const send = async (
  req: Request,
  res: Response,
  snapshot: Snapshot,
  cache: 'hit' | 'miss' | 'bypass',
) => {
  const unchanged = snapshot.status === 200 && notModified(req, snapshot)
  res.status(unchanged ? 304 : snapshot.status)
  for (const [name, value] of snapshot.headers) res.setHeader(name, value)
  res.setHeader('x-space-cache', cache)
  res.end(unchanged ? undefined : snapshot.body)
}
