import { cache } from 'react'
import type { FeedEvent } from '@/events/FeedEvent'
import { cacheTags } from './cacheTags'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

/** What the event page shows: the feeds' fields (but their update time) and the forum's link and count. */
export type EventPageData = Omit<FeedEvent, 'updatedAt'> & {
  topicUrl: string | null
  replyCount: number
}

/** One published event by slug, or null; read once per rendering, not kept (as findStoryBySlug). */
export const findEventBySlug = cache(async (slug: string): Promise<EventPageData | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: {
      title: true,
      slug: true,
      status: true,
      start: true,
      end: true,
      timezone: true,
      allDay: true,
      recurrence: true,
      format: true,
      venue: true,
      city: true,
      country: true,
      latitude: true,
      longitude: true,
      onlineUrl: true,
      organizer: true,
      registrationUrl: true,
      description: true,
      discourse: { topicUrl: true, replyCount: true },
    },
    overrideAccess: false,
  })
  const event = docs[0]
  if (!event) {
    siteCache.tag(cacheTags.events)
    return null
  }
  siteCache.tag(cacheTags.event(event.id))
  const { discourse, ...rest } = event
  return {
    ...rest,
    topicUrl: discourse?.topicUrl ?? null,
    replyCount: discourse?.replyCount ?? 0,
  }
})
