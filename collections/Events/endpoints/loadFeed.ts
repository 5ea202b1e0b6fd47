import type { PayloadRequest } from 'payload'
import type { When } from '@/events/FeedFilters'
import type { Occurrence } from '@/events/Occurrence'
import { feedWhere } from '@/events/feedWhere'
import { nextChange } from '@/events/nextChange'
import { parseFeedFilters, type FeedFiltersResult } from '@/events/parseFeedFilters'
import { selectOccurrences } from '@/events/selectOccurrences'
import type { FeedFilters } from '@/events/FeedFilters'
import { badFilterResponse } from './badFilterResponse'
import { findFeedEvents } from './findFeedEvents'

/** `validUntil`: when the answer next changes with the clock alone (events/nextChange). */
export type LoadedFeed = { filters: FeedFilters; occurrences: Occurrence[]; validUntil: number }

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
  const occurrences = selectOccurrences(events, parsed.filters, now)
  return {
    filters: parsed.filters,
    occurrences,
    validUntil: nextChange(parsed.filters.when, occurrences, now),
  }
}
