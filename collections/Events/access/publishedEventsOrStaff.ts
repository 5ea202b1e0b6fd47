import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Anonymous readers see published events; logged-in writers also their own; staff see all. */
export const publishedEventsOrStaff: Access = ({ req: { user } }): AccessResult => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (user)
    return { or: [{ publication: { equals: 'published' } }, { createdBy: { equals: user.id } }] }
  return { publication: { equals: 'published' } }
}
