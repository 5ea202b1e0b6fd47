import type { Event } from '@/types/payload-types'

/** The fields the feeds read; everything else on an event is ignored. */
export type FeedEvent = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'status'
  | 'start'
  | 'end'
  | 'timezone'
  | 'allDay'
  | 'recurrence'
  | 'format'
  | 'venue'
  | 'city'
  | 'country'
  | 'latitude'
  | 'longitude'
  | 'onlineUrl'
  | 'organizer'
  | 'registrationUrl'
  | 'description'
  | 'updatedAt'
>
