/** One sitting of an event as the calendar and lists show it (plain data for client components). */
export type EventOccurrence = {
  id: number
  slug: string
  title: string
  /** ISO instants (UTC). */
  start: string
  end: string
  /** The event's own IANA zone. */
  timezone: string
  allDay: boolean
  status: string
  format: string
  venue: string | null
  city: string | null
  country: string | null
  recurring: boolean
}
