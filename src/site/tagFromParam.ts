/**
 * The tag in a `/tags/<tag>` address. Next hands dynamic params over as they stand in the path,
 * percent-encoded (`climate%20justice`), so they are decoded once here; a malformed escape is no
 * tag at all (null, a 404).
 */
export const tagFromParam = (param: string): string | null => {
  try {
    return decodeURIComponent(param)
  } catch {
    return null
  }
}
