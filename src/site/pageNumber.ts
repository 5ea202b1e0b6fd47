/** A list's `?page=` as a page number: 1 for anything missing, malformed or below 1. */
export const pageNumber = (param: string | undefined): number =>
  Math.max(1, Math.floor(Number(param) || 1))
