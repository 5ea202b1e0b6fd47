/** A tag's page: `/tags/<the tag as typed, percent-encoded>` (`/tags/climate%20justice`). */
export const tagPath = (tag: string): string => `/tags/${encodeURIComponent(tag)}`
