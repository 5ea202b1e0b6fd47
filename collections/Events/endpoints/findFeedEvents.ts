import type { PayloadRequest, Where } from 'payload'
import type { FeedEvent } from '@/events/FeedEvent'

/** Hard cap on events read for one feed; a movement's calendar stays far below it. */
const MAX_EVENTS = 2000

/** Reads events through the requester's own access (never overrideAccess), so drafts stay hidden. */
export const findFeedEvents = async (req: PayloadRequest, where: Where): Promise<FeedEvent[]> => {
  const result = await req.payload.find({
    collection: 'events',
    where,
    sort: 'start',
    depth: 0,
    limit: MAX_EVENTS,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return result.docs
}
