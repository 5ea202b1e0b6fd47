import type { FeedEvent } from './FeedEvent'
import type { FeedFilters } from './FeedFilters'
import type { Occurrence } from './Occurrence'
import { expandOccurrences } from './expandOccurrences'

const sameCountry = (a: string | null | undefined, b: string) =>
  (a ?? '').trim().localeCompare(b, undefined, { sensitivity: 'base' }) === 0

/**
 * Every sitting of the events that passes the filters, soonest first (latest first for `past`).
 * Upcoming means not yet over, so an event under way counts as upcoming.
 */
export const selectOccurrences = (
  events: FeedEvent[],
  filters: FeedFilters,
  now: Date,
): Occurrence[] => {
  const selected = events
    .filter((e) => !filters.country || sameCountry(e.country, filters.country))
    .filter((e) => !filters.format || filters.format.includes(e.format))
    .flatMap((e) => expandOccurrences(e, { from: filters.from, to: filters.to }))
    .filter(
      (o) =>
        filters.when === 'all' || (filters.when === 'upcoming') === o.end.getTime() > now.getTime(),
    )
  const direction = filters.when === 'past' ? -1 : 1
  return selected.sort(
    (a, b) => direction * (a.start.getTime() - b.start.getTime()) || a.event.id - b.event.id,
  )
}
