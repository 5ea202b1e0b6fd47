import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Anonymous readers see published stories; contributors also their own; staff see all. */
export const publishedOrVisibleToUser: Access = ({ req: { user } }): AccessResult => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (user) return { or: [{ status: { equals: 'published' } }, { authors: { contains: user.id } }] }
  return { status: { equals: 'published' } }
}
