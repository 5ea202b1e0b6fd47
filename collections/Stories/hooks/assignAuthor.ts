import type { CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'

/**
 * A new story without authors is its creator's, so they can go on editing it. Only staff
 * can send `authors` (field access drops it for contributors), so a contributor's story is
 * always credited to them alone.
 */
export const assignAuthor: CollectionBeforeChangeHook<Story> = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const authors = data.authors ?? []
  if (authors.length === 0) return { ...data, authors: [req.user.id] }
  return data
}
