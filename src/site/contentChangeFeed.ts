import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { onContentChanged, type ContentChange } from '@/shared/contentEvents'
import { tagsOfChange } from './cacheTags'
import { siteCache } from './siteCache'

// Payload's key-value collection; one row per writing process, written by that process only,
// so no two processes ever race on a row.
const KV = 'payload-kv'
const PREFIX = 'content-changes:'
/** How many of its latest changes a row keeps: a reader further behind forgets everything. */
const KEEP = 200
/** A writer's row is rewritten this often even when nothing changed, so live rows stay fresh. */
const HEARTBEAT_MS = 60_000
/** Rows of writers silent this long are gone processes: removed by the readers. */
const STALE_MS = 10 * 60_000

type Numbered = ContentChange & { seq: number }
type FeedRow = { seq: number; at: number; changes: Numbered[] }
type KvRow = { key?: string; data?: FeedRow }

export type ContentChangeFeed = {
  stop: () => Promise<void>
  /** Per writer's row, the last change this process has applied (its own row: its last change). */
  applied: () => Record<string, number>
}

export type FeedOptions = {
  /** Read the other processes' changes into this process's site cache (web and all-in-one processes). */
  read: boolean
  pollMs?: number
  flushMs?: number
  logger?: Pick<Payload['logger'], 'warn'>
}

/**
 * Content changes shared by every process over the database, so that a change made in one
 * (a worker writing a topic's new reply count, another web instance saving a story) drops the
 * same entries from every web process's site cache within about a second, where a TTL used
 * to bound the staleness. Each process writes the changes it announces (shared/contentEvents)
 * to its own row, batched; a reading process polls all rows and invalidates, for each change
 * it has not seen, what src/site/cacheTags.ts says that change touches. A reader that fell
 * further behind than a row keeps, or that cannot read the rows, forgets everything once.
 */
export const startContentChangeFeed = (
  payload: Payload,
  { read, pollMs = 1000, flushMs = 200, logger = payload.logger }: FeedOptions,
): ContentChangeFeed => {
  const writer = randomUUID()
  const ownKey = `${PREFIX}${writer}`
  let seq = 0
  let recent: Numbered[] = []
  let flushing: Promise<void> | undefined
  let flushTimer: NodeJS.Timeout | undefined
  let stopped = false

  const flush = async () => {
    flushTimer = undefined
    const row: FeedRow = { seq, at: Date.now(), changes: recent }
    try {
      const updated = await payload.db.updateOne({
        collection: KV,
        where: { key: { equals: ownKey } },
        data: { data: row },
      })
      if (!updated) await payload.db.create({ collection: KV, data: { key: ownKey, data: row } })
    } catch (err) {
      logger.warn({ err }, 'content changes: could not share them with other processes; retrying')
      scheduleFlush(pollMs)
    }
  }
  const scheduleFlush = (delayMs = flushMs) => {
    if (stopped || flushTimer) return
    flushTimer = setTimeout(() => {
      flushing = flush().finally(() => (flushing = undefined))
    }, delayMs)
    flushTimer.unref()
  }
  const unsubscribe = onContentChanged((change) => {
    seq += 1
    recent.push({ ...change, seq })
    if (recent.length > KEEP) recent = recent.slice(-KEEP)
    scheduleFlush()
  })
  const heartbeat = setInterval(() => scheduleFlush(0), HEARTBEAT_MS)
  heartbeat.unref()

  // Per writer, the last change applied; undefined until the first poll (which applies nothing
  // already there: the cache started empty after those changes).
  let seen: Map<string, number> | undefined
  const poll = async () => {
    let rows: KvRow[]
    try {
      rows = (
        await payload.db.find({
          collection: KV,
          where: { key: { contains: PREFIX } },
          limit: 0,
          pagination: false,
        })
      ).docs as KvRow[]
    } catch (err) {
      logger.warn({ err }, 'content changes: could not read other processes’ changes')
      return
    }
    const first = !seen
    const next = new Map<string, number>()
    for (const { key, data } of rows) {
      if (!key?.startsWith(PREFIX) || key === ownKey || !data) continue
      next.set(key, data.seq)
      if (Date.now() - data.at > STALE_MS) {
        await payload.db
          .deleteOne({ collection: KV, where: { key: { equals: key } } })
          .catch(() => {})
        continue
      }
      if (first) continue
      const last = seen!.get(key) ?? 0
      if (data.seq <= last) continue
      const oldest = data.changes[0]?.seq ?? data.seq + 1
      if (oldest > last + 1) {
        siteCache.clear()
        continue
      }
      siteCache.invalidate(data.changes.filter((c) => c.seq > last).flatMap(tagsOfChange))
    }
    seen = next
  }
  let polling: Promise<void> | undefined
  const pollTimer = read
    ? setInterval(() => {
        polling ??= poll().finally(() => (polling = undefined))
      }, pollMs)
    : undefined
  pollTimer?.unref()
  if (read) polling = poll().finally(() => (polling = undefined))

  return {
    applied: () => ({ ...Object.fromEntries(seen ?? []), [ownKey]: seq }),
    stop: async () => {
      stopped = true
      unsubscribe()
      clearInterval(heartbeat)
      if (pollTimer) clearInterval(pollTimer)
      if (flushTimer) {
        clearTimeout(flushTimer)
        await flush()
      }
      await Promise.all([flushing, polling])
      // The row stays: readers that have not polled since the last flush still need it; they
      // remove it once it has been silent for STALE_MS.
    },
  }
}
