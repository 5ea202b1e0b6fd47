import type { When } from './FeedFilters'
import type { Occurrence } from './Occurrence'

const HOUR_MS = 3_600_000
// A past list cannot see the sittings about to join it: they are not among its occurrences.
const PAST_MS = 5 * 60_000

/**
 * When a list of sittings that depends on the clock next changes, in ms since the epoch: an
 * upcoming list when one of its sittings starts or ends (it leaves the list at its end), and
 * at the latest in an hour (a recurring event's sittings beyond the expanded window); a past
 * list every few minutes; a list of every sitting in a fixed window never (Infinity).
 */
export const nextChange = (when: When, occurrences: Occurrence[], now: Date): number => {
  if (when === 'all') return Infinity
  if (when === 'past') return now.getTime() + PAST_MS
  let next = now.getTime() + HOUR_MS
  for (const { start, end } of occurrences)
    for (const at of [start.getTime(), end.getTime()])
      if (at > now.getTime() && at < next) next = at
  return next
}
