import { onContentChanged } from '@/shared/contentEvents'
import { processWide } from '@/shared/processWide'

/**
 * A small in-process cache for what public pages read, keyed per query. Two limits on
 * staleness: explicit invalidation when a story or event changes in this process (announced on
 * shared/contentEvents by the collection hooks and the bridge's count writes), and a short TTL that bounds it when another instance
 * made the change.
 *
 * The store is process-wide on purpose: Next bundles its own copy of this module for the
 * pages, while the collection hooks run from the copy the express entry loaded. Both copies
 * must see one store, or an invalidation from a hook would never reach the pages.
 */
type Entry = { expires: number; value: Promise<unknown> }
type Store = { entries: Map<string, Entry> }

const store = processWide('siteCache', (): Store => ({ entries: new Map() }))

/** Default freshness bound across instances; a change in this process clears at once. */
export const SITE_CACHE_TTL_MS = 30_000
const MAX_ENTRIES = 500

export const siteCache = {
  /** The cached value for `key`, loading it once per TTL; failed loads are not kept. */
  get<T>(key: string, load: () => Promise<T>, ttlMs = SITE_CACHE_TTL_MS): Promise<T> {
    const now = Date.now()
    const hit = store.entries.get(key)
    if (hit && hit.expires > now) return hit.value as Promise<T>
    const value = load()
    if (store.entries.size >= MAX_ENTRIES) store.entries.clear()
    store.entries.set(key, { expires: now + ttlMs, value })
    value.catch(() => {
      if (store.entries.get(key)?.value === value) store.entries.delete(key)
    })
    return value
  },
  /**
   * Forgets everything: any story or event change may show on several pages (home, lists,
   * feeds). A load still running is dropped too, so its possibly stale answer is never kept.
   */
  clear(): void {
    store.entries.clear()
  },
  get size(): number {
    return store.entries.size
  },
}

// Every story or event change is announced on contentEvents: the collections' hooks and the
// writes that bypass them (the bridge's topic links and reply counts). Subscribed once per
// process, however many copies of this module Next's bundles load.
processWide('siteCacheSubscription', () =>
  onContentChanged(({ collection }) => {
    if (collection === 'stories' || collection === 'events') siteCache.clear()
  }),
)
