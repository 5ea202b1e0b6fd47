/** The user id at the end of an author address (`ada-admin-1` or `1`); null for anything else. */
export const authorIdFromParam = (param: string): number | null => {
  const match = /^(?:[a-z0-9-]*-)?(\d{1,15})$/.exec(param)
  if (!match) return null
  const id = Number(match[1])
  return id > 0 ? id : null
}
