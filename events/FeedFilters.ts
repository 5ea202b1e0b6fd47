import type { FeedEvent } from './FeedEvent'

export type When = 'upcoming' | 'past' | 'all'

/** Parsed query filters shared by every feed. Dates are instants; `to` is inclusive. */
export type FeedFilters = {
  from?: Date
  to?: Date
  country?: string
  format?: FeedEvent['format'][]
  when: When
  limit?: number
}
