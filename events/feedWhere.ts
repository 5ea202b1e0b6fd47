import type { Where } from 'payload'
import type { FeedFilters } from './FeedFilters'

/**
 * The database side of the filters: published only (even for staff, so a feed is the same for
 * everyone and safe to cache), format, and a coarse date window. A recurring event may begin
 * before `from` and still have sittings after it, so those are kept and expanded in memory.
 */
export const feedWhere = (filters: FeedFilters, now: Date): Where => {
  const and: Where[] = [{ publication: { equals: 'published' } }]
  if (filters.format) and.push({ format: { in: filters.format } })
  const to = filters.when === 'past' && (!filters.to || filters.to > now) ? now : filters.to
  if (to) and.push({ start: { less_than_equal: to.toISOString() } })
  const from =
    filters.when === 'upcoming' && (!filters.from || filters.from < now) ? now : filters.from
  if (from)
    and.push({
      or: [{ end: { greater_than: from.toISOString() } }, { recurrence: { exists: true } }],
    })
  return { and }
}
