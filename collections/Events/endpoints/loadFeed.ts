import type { PayloadRequest } from 'payload'
import type { When } from '@/events/FeedFilters'
import type { Occurrence } from '@/events/Occurrence'
import { feedWhere } from '@/events/feedWhere'
import { parseFeedFilters, type FeedFiltersResult } from '@/events/parseFeedFilters'
import { selectOccurrences } from '@/events/selectOccurrences'
import type { FeedFilters } from '@/events/FeedFilters'
import { badFilterResponse } from './badFilterResponse'
import { findFeedEvents } from './findFeedEvents'

export type LoadedFeed = { filters: FeedFilters; occurrences: Occurrence[] }

/** Parses the query, reads published events and expands them: shared by every feed endpoint. */
export const loadFeed = async (
  req: PayloadRequest,
  defaultWhen: When,
): Promise<LoadedFeed | Response> => {
  const parsed: FeedFiltersResult = parseFeedFilters(
    new URL(req.url ?? 'http://localhost').searchParams,
    defaultWhen,
  )
  if (!parsed.ok) return badFilterResponse(parsed.problem)
  const now = new Date()
  const events = await findFeedEvents(req, feedWhere(parsed.filters, now))
  return { filters: parsed.filters, occurrences: selectOccurrences(events, parsed.filters, now) }
}
