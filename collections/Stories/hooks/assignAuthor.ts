import type { CollectionBeforeChangeHook } from 'payload'
import { checkRole } from '../../../access/checkRole'

/** A contributor's new story is always theirs, so they can go on editing it. */
export const assignAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const authors = (data.authors ?? []) as Array<number | string>
  if (authors.length === 0) return { ...data, authors: [req.user.id] }
  if (checkRole(['contributor'], req.user) && !checkRole(['admin', 'editor'], req.user) && !authors.some((a) => String(a) === String(req.user!.id)))
    return { ...data, authors: [req.user.id, ...authors] }
  return data
}
