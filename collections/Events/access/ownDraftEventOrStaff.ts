import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Staff change any event; a contributor only their own unpublished one. */
export const ownDraftEventOrStaff: Access = ({ req: { user } }): AccessResult => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (!user || !checkRole(['contributor'], user)) return false
  return { and: [{ createdBy: { equals: user.id } }, { publication: { equals: 'draft' } }] }
}
