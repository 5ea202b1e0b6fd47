import type { CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'

// Public readers may not read `users` (emails never leak), so the byline is copied
// onto the story when its authors change.
export const denormalizeAuthorNames: CollectionBeforeChangeHook<Story> = async ({ data, req }) => {
  if (!Array.isArray(data.authors)) return data
  const ids = data.authors.map((a) => (typeof a === 'object' && a ? a.id : a))
  if (ids.length === 0) return { ...data, authorNames: '' }
  const users = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    overrideAccess: true,
    depth: 0,
    limit: ids.length,
    select: { name: true },
    req,
  })
  const byId = new Map(users.docs.map((u) => [String(u.id), u.name]))
  return {
    ...data,
    authorNames: ids
      .map((id) => byId.get(String(id)))
      .filter(Boolean)
      .join(', '),
  }
}
