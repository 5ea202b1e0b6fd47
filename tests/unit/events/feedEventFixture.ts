import type { FeedEvent } from '@/events/FeedEvent'

/** A published-looking event for pure feed tests; override what the test is about. */
export const feedEventFixture = (overrides: Partial<FeedEvent> = {}): FeedEvent => ({
  id: 1,
  title: 'Weekly organisers call',
  slug: 'weekly-organisers-call',
  status: 'scheduled',
  start: '2026-03-17T18:00:00.000Z',
  end: '2026-03-17T20:00:00.000Z',
  timezone: 'Europe/Berlin',
  allDay: false,
  recurrence: null,
  format: 'in_person',
  venue: 'Kiezladen',
  city: 'Berlin',
  country: 'Germany',
  latitude: 52.52,
  longitude: 13.405,
  onlineUrl: null,
  organizer: null,
  registrationUrl: null,
  description: null,
  updatedAt: '2026-03-01T12:00:00.000Z',
  ...overrides,
})
