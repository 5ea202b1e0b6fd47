import { AsyncLocalStorage } from 'node:async_hooks'
import { onContentChanged } from '@/shared/contentEvents'
import { processWide } from '@/shared/processWide'
import { tagsOfChange } from './cacheTags'

/**
 * The one cache of the public site: what its pages read (keyed per query) and the pages and
 * REST answers built from those reads (src/server/cachedPageForAnonymous.ts,
 * cachedForAnonymous.ts). An entry stays valid until the content it shows changes, not for a
 * fixed time:
 *
 * - every entry carries **tags** naming what it was built from (`story:12`, `stories` for any
 *   list of stories, `categories`, `user:3`, ...; src/site/cacheTags.ts). A load names its tags
 *   with `siteCache.tag()`, and every read made while it runs (hit or miss) adds its own, so a
 *   page's entry learns from its data reads which changes concern it;
 * - a content change (shared/contentEvents: the collections' hooks, the bridge's count writes,
 *   and changes other instances made, src/site/contentChangeFeed.ts) drops only the entries
 *   whose tags it names: an edit of one story re-renders that story's page and the lists, not
 *   the 10,000 other story pages;
 * - what depends on the clock ("upcoming events") sets `siteCache.expireAt()` to its next
 *   boundary (the next sitting's start or end), not a TTL.
 *
 * An entry whose load was running when a change matching its tags came in is not kept (its
 * answer may be stale); the callers waiting on it still get it. Memory is bounded by bytes
 * (least recently used entries go first), hits and misses are counted per kind (the key's
 * prefix) for the benchmarks and /healthz.
 *
 * The store is process-wide on purpose: Next bundles its own copy of this module for the pages,
 * while the collection hooks and express run from Node's copy. All must see one store.
 */
type Entry = {
  kind: string
  value: Promise<unknown>
  tags: Set<string>
  expiresAt: number
  bytes: number
  /** The invalidation sequence number when the load began; settled entries have it as Infinity. */
  startedAt: number
  hits: number
  /** Called once the settled entry is gone (evicted, invalidated, dropped, replaced). */
  dispose?: (value: unknown) => void
}
type Scope = { tags: Set<string>; expiresAt: number }
type Counts = { hits: number; misses: number }
type Invalidation = { seq: number; tags: Set<string> | 'all' }

const DEFAULT_MAX_BYTES = 48 * 1024 * 1024
// A load that outlives this many invalidations is not kept (its log has been trimmed).
const LOG_LENGTH = 1000

const store = processWide('siteCache', () => ({
  entries: new Map<string, Entry>(),
  bytes: 0,
  maxBytes: DEFAULT_MAX_BYTES,
  seq: 0,
  log: [] as Invalidation[],
  counts: new Map<string, Counts>(),
  scopes: new AsyncLocalStorage<Scope>(),
  droppedListeners: new Set<(keys: string[]) => void>(),
  changeListeners: new Set<(tags: ReadonlySet<string>) => void>(),
  /** The settled entries' keys per tag, so a change finds its entries without a scan. */
  byTag: new Map<string, Set<string>>(),
  /** The keys of entries still loading (their tags are not final yet). */
  loading: new Set<string>(),
}))

export type GetOptions = {
  /** Tags known before loading; more may be added with `siteCache.tag` while it runs. */
  tags?: string[]
  /** The answer's size in memory when the caller knows it (a page's bytes); estimated otherwise. */
  bytes?: (value: unknown) => number
  /** Releases what a kept answer holds outside memory (a page's file) once the entry is gone. */
  dispose?: (value: unknown) => void
}

const countOf = (kind: string) => {
  let counts = store.counts.get(kind)
  if (!counts) store.counts.set(kind, (counts = { hits: 0, misses: 0 }))
  return counts
}

const estimateBytes = (value: unknown) => {
  try {
    return 200 + 2 * (JSON.stringify(value)?.length ?? 0)
  } catch {
    return 4096
  }
}

/** The current load's scope learns what `entry` was built from (a read inside a read). */
const passOn = (entry: Pick<Entry, 'tags' | 'expiresAt'>) => {
  const scope = store.scopes.getStore()
  if (!scope) return
  for (const tag of entry.tags) scope.tags.add(tag)
  scope.expiresAt = Math.min(scope.expiresAt, entry.expiresAt)
}

/** Whether a change since `seq` concerns `tags` (or the log no longer reaches back that far). */
const changedSince = (seq: number, tags: Set<string>) => {
  if (seq === store.seq) return false
  const first = store.log[0]
  if (!first || first.seq > seq + 1) return true
  return store.log.some(
    (change) =>
      change.seq > seq && (change.tags === 'all' || [...change.tags].some((tag) => tags.has(tag))),
  )
}

const remove = (key: string, entry: Entry) => {
  if (store.entries.get(key) !== entry) return
  store.entries.delete(key)
  store.loading.delete(key)
  store.bytes -= entry.bytes
  if (entry.startedAt !== Infinity) return
  for (const tag of entry.tags) {
    const keys = store.byTag.get(tag)
    keys?.delete(key)
    if (keys?.size === 0) store.byTag.delete(tag)
  }
  disposeOf(entry)
}

const disposeOf = (entry: Entry) => {
  if (entry.dispose) void entry.value.then(entry.dispose, () => {})
}

const settle = (key: string, entry: Entry) => {
  entry.startedAt = Infinity
  store.loading.delete(key)
  for (const tag of entry.tags) {
    let keys = store.byTag.get(tag)
    if (!keys) store.byTag.set(tag, (keys = new Set()))
    keys.add(key)
  }
}

const evict = () => {
  for (const [key, entry] of store.entries) {
    if (store.bytes <= store.maxBytes) return
    if (entry.startedAt === Infinity) remove(key, entry)
  }
}

const record = (tags: Set<string> | 'all') => {
  store.seq += 1
  store.log.push({ seq: store.seq, tags })
  if (store.log.length > LOG_LENGTH) store.log.splice(0, store.log.length - LOG_LENGTH)
}

export const siteCache = {
  /**
   * The cached value for `key`, loaded once until a change names one of its tags or its
   * boundary passes; failed loads are not kept. The key's prefix up to the first `:` is its kind.
   */
  get<T>(key: string, load: () => Promise<T>, options: GetOptions = {}): Promise<T> {
    const kind = key.slice(0, Math.max(0, key.indexOf(':'))) || key
    const hit = store.entries.get(key)
    if (hit && hit.expiresAt > Date.now()) {
      countOf(kind).hits += 1
      hit.hits += 1
      // Least recently used goes first: a hit moves to the end of the map's order.
      store.entries.delete(key)
      store.entries.set(key, hit)
      return hit.value.then((value) => (passOn(hit), value as T))
    }
    if (hit) remove(key, hit)
    countOf(kind).misses += 1
    const scope: Scope = { tags: new Set(options.tags), expiresAt: Infinity }
    const entry: Entry = {
      kind,
      tags: scope.tags,
      expiresAt: Infinity,
      bytes: 0,
      startedAt: store.seq,
      hits: 0,
      value: Promise.resolve(),
      dispose: options.dispose,
    }
    const loaded = store.scopes.run(scope, load)
    entry.value = loaded.then(
      (value) => {
        entry.expiresAt = scope.expiresAt
        if (changedSince(entry.startedAt, scope.tags)) {
          remove(key, entry)
          options.dispose?.(value)
        } else if (store.entries.get(key) !== entry) options.dispose?.(value)
        else {
          entry.bytes = (options.bytes ?? estimateBytes)(value)
          settle(key, entry)
          store.bytes += entry.bytes
          evict()
        }
        passOn(entry)
        return value
      },
      (err: unknown) => {
        remove(key, entry)
        throw err
      },
    )
    store.entries.set(key, entry)
    store.loading.add(key)
    return entry.value as Promise<T>
  },

  /** Names what the running load is built from (no-op outside a load). */
  tag(...tags: string[]): void {
    const scope = store.scopes.getStore()
    for (const tag of tags) scope?.tags.add(tag)
  },

  /** The running load's answer is valid until `at` (ms since the epoch) at the latest. */
  expireAt(at: number): void {
    const scope = store.scopes.getStore()
    if (scope) scope.expiresAt = Math.min(scope.expiresAt, at)
  },

  /** Drops every entry built from any of `tags`, loads still running included. */
  invalidate(tags: Iterable<string>): void {
    const names = new Set(tags)
    if (names.size === 0) return
    record(names)
    const stale = new Set<string>()
    for (const tag of names) for (const key of store.byTag.get(tag) ?? []) stale.add(key)
    for (const key of store.loading)
      if ([...store.entries.get(key)!.tags].some((tag) => names.has(tag))) stale.add(key)
    const wanted: string[] = []
    for (const key of stale) {
      const entry = store.entries.get(key)!
      if (entry.hits > 0) wanted.push(key)
      remove(key, entry)
    }
    if (wanted.length) for (const listener of store.droppedListeners) listener(wanted)
    for (const listener of store.changeListeners) listener(names)
  },

  /**
   * Hears every change's tags, this process's and the others' (src/site/contentChangeFeed.ts):
   * the page warmer renders a story's or event's page as soon as it is published or edited.
   */
  onChanged(listener: (tags: ReadonlySet<string>) => void): () => void {
    store.changeListeners.add(listener)
    return () => store.changeListeners.delete(listener)
  },

  /**
   * Hears which entries a change dropped that readers had asked for again (at least one hit):
   * the page warmer renders them anew before the next reader comes.
   */
  onDropped(listener: (keys: string[]) => void): () => void {
    store.droppedListeners.add(listener)
    return () => store.droppedListeners.delete(listener)
  },

  /** Forgets one entry (a page whose file is gone); a load still running is let finish, not kept. */
  drop(key: string): void {
    const entry = store.entries.get(key)
    if (entry) remove(key, entry)
  },

  /** Forgets everything (tests; a change feed that lost its place). */
  clear(): void {
    record('all')
    for (const entry of store.entries.values()) if (entry.startedAt === Infinity) disposeOf(entry)
    store.entries.clear()
    store.byTag.clear()
    store.loading.clear()
    store.bytes = 0
  },

  /** Bounds the memory the entries take (`SITE_CACHE_MB`, set by the process's composition). */
  setMaxBytes(maxBytes: number): void {
    store.maxBytes = maxBytes
    evict()
  },

  /** Hits and misses per kind since start, with the entries and bytes held now. */
  stats(): { entries: number; bytes: number; kinds: Record<string, Counts> } {
    return {
      entries: store.entries.size,
      bytes: store.bytes,
      kinds: Object.fromEntries([...store.counts].map(([kind, c]) => [kind, { ...c }])),
    }
  },

  get size(): number {
    return store.entries.size
  },

  get maxBytes(): number {
    return store.maxBytes
  },
}

// Subscribed once per process, however many copies of this module Next's bundles load.
processWide('siteCacheSubscription', () =>
  onContentChanged((change) => siteCache.invalidate(tagsOfChange(change))),
)
