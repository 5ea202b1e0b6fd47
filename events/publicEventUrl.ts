/** The event's page on the public site. */
export const publicEventUrl = (publicUrl: string, slug: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/events/${encodeURIComponent(slug)}`
