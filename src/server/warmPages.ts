import type { Payload } from 'payload'
import { siteCache } from '@/src/site/siteCache'
import type { PageFiles } from './pageFiles'

/** The public routes every visitor may land on first: rendered before anyone asks. */
export const PUBLIC_ROUTES = [
  '/',
  '/stories',
  '/events',
  '/events?view=list',
  '/events/map',
  '/guidelines',
  '/code-of-conduct',
  '/feed.xml',
]

export type PageWarmer = {
  stop: () => Promise<void>
  /** Pages rendered ahead so far, pages waiting, whether one is being rendered, whether the start-up round is over. */
  state: () => { rendered: number; queued: number; busy: boolean; startupDone: boolean }
}

export type WarmOptions = {
  /** This process's own address; the warmer asks it as an anonymous visitor would. */
  baseUrl: string
  payload: Payload
  /** Share of the cache's byte budget (and of the page files' disk) the newest stories' pages may fill ahead of readers. */
  storyShare?: number
  /** Where the pages' bodies are kept, when on disk. */
  pageFiles?: Pick<PageFiles, 'usage'>
  logger?: Pick<Payload['logger'], 'warn'>
}

const STORY_BATCH = 100

/**
 * Renders public pages before readers ask for them, through the process's own HTTP server as
 * an anonymous visitor (so each rendering lands in the site cache exactly as a visitor's would):
 * after start, the public routes, then the newest published stories' and events' pages while
 * they fill less than `storyShare` of the cache; after a change, the pages it dropped that
 * readers had come back to; and a story or event page as soon as it is published or edited,
 * so its first reader (a feed reader, a crawler, a shared link) never waits for a rendering.
 * One page at a time, so a visitor's request never waits behind more than one rendering.
 */
export const startPageWarmer = ({
  baseUrl,
  payload,
  storyShare = 0.5,
  pageFiles,
  logger = payload.logger,
}: WarmOptions): PageWarmer => {
  const queue = new Set<string>()
  let rendered = 0
  // Changed documents whose page is being looked up: counted as queued (a test waits for none).
  let lookingUp = 0
  let startupDone = false
  let stopped = false
  let running: Promise<void> | undefined

  const render = async (path: string) => {
    try {
      const res = await fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } })
      await res.arrayBuffer()
      rendered += 1
    } catch (err) {
      if (!stopped) logger.warn({ err, path }, 'page warmer: could not render a page ahead')
    }
  }
  const drain = async () => {
    // A Set's iteration also visits what is added while it runs.
    for (const path of queue) {
      if (stopped) break
      queue.delete(path)
      await render(path)
    }
  }
  const start = () => {
    if (running || stopped || queue.size === 0) return
    running = drain().finally(() => {
      running = undefined
      start()
    })
  }
  const enqueue = (paths: string[]) => {
    if (stopped) return
    for (const path of paths) queue.add(path)
    start()
  }

  const full = () => {
    const disk = pageFiles?.usage()
    return (
      siteCache.stats().bytes >= storyShare * siteCache.maxBytes ||
      (disk !== undefined && disk.bytes >= storyShare * disk.maxBytes)
    )
  }
  /** The newest published documents' pages, a batch at a time, until the share is full. */
  const warmNewest = async () => {
    for (const [collection, where, sort] of [
      ['events', { publication: { equals: 'published' } }, 'start'],
      ['stories', { status: { equals: 'published' } }, '-publishedAt'],
    ] as const) {
      for (let page = 1; !stopped && !full(); page++) {
        const { docs, hasNextPage } = await payload.find({
          collection,
          where,
          sort,
          select: { slug: true },
          depth: 0,
          limit: STORY_BATCH,
          page,
          overrideAccess: true,
        })
        enqueue(docs.map((doc) => `/${collection}/${encodeURIComponent(String(doc.slug))}`))
        await running
        if (!hasNextPage || collection === 'events') break
      }
    }
  }

  /** A story's or event's own page, once it is public and changed (published, edited, new counts). */
  const warmChanged = async (collection: 'stories' | 'events', id: string) => {
    const doc = (await payload.db.findOne({
      collection,
      where: { id: { equals: id } },
      select: { slug: true, status: true, publication: true },
    })) as { slug?: string; status?: string; publication?: string } | null
    const published = collection === 'stories' ? doc?.status : doc?.publication
    if (doc?.slug && published === 'published' && !full())
      enqueue([`/${collection}/${encodeURIComponent(doc.slug)}`])
  }
  const stopDropped = siteCache.onDropped((keys) =>
    enqueue(keys.filter((key) => key.startsWith('page:')).map((key) => key.slice(5))),
  )
  const stopChanged = siteCache.onChanged((tags) => {
    for (const tag of tags) {
      const [, kind, id] = /^(story|event):(.+)$/.exec(tag) ?? []
      if (stopped || !id) continue
      const collection = kind === 'story' ? 'stories' : 'events'
      lookingUp += 1
      warmChanged(collection, id)
        .catch((err: unknown) => {
          if (!stopped)
            logger.warn({ err, collection, id }, 'page warmer: could not find a changed page')
        })
        .finally(() => (lookingUp -= 1))
    }
  })
  const unsubscribe = () => (stopDropped(), stopChanged())
  enqueue(PUBLIC_ROUTES)
  void (async () => {
    await running
    await warmNewest()
  })()
    .catch((err: unknown) => {
      if (!stopped) logger.warn({ err }, 'page warmer: could not list the newest pages')
    })
    .finally(() => (startupDone = true))

  return {
    state: () => ({
      rendered,
      queued: queue.size + lookingUp,
      busy: Boolean(running),
      startupDone: startupDone && !running,
    }),
    stop: async () => {
      stopped = true
      unsubscribe()
      queue.clear()
      await running
    },
  }
}
