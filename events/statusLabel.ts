import type { FeedEvent } from './FeedEvent'

/** The word put before the title of a cancelled or postponed event ("" when it is on). */
export const statusLabel = (status: FeedEvent['status']): string =>
  status === 'cancelled' ? 'Cancelled' : status === 'postponed' ? 'Postponed' : ''
