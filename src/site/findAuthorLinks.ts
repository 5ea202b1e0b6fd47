import type { AuthorLink } from './AuthorLink'
import { authorPath } from './authorPath'
import { cacheTags } from './cacheTags'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

/**
 * Public names of the given users, in the given order, for bylines and author pages. Only pass
 * ids read from published stories: `users` is closed to the public (emails must never leak),
 * so this one read goes past access, and selects the name and nothing else; only id and name
 * leave this function. A rename re-renders the pages that show the name (tag `user:<id>`).
 */
export const findAuthorLinks = async (ids: number[]): Promise<AuthorLink[]> => {
  const payload = await sitePayload()
  if (ids.length === 0) return []
  return siteCache.get(`authors:${ids.join(',')}`, async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
    })
    siteCache.tag(...ids.map((id) => cacheTags.user(id)))
    const names = new Map(docs.map((user) => [Number(user.id), user.name]))
    return ids.flatMap((id) => {
      const name = names.get(id)
      return name ? [{ id, name, href: authorPath(id, name) }] : []
    })
  })
}
