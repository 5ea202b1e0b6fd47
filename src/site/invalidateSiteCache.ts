import { siteCache } from './siteCache'

/**
 * afterChange / afterDelete on Stories and Events: a story or event changed (content,
 * status, or counts written through the Local API), so the public pages read afresh.
 * Clearing everything is cheap and right: one story shows on home, its list, feeds and page.
 */
export const invalidateSiteCache = <T>({ doc }: { doc: T }): T => {
  siteCache.clear()
  return doc
}
