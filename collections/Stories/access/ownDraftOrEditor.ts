import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'
import { contributorEditableStatuses } from '../workflow'

/** Staff edit any story; a contributor edits their own until it is submitted. */
export const ownDraftOrEditor: Access = ({ req: { user } }): AccessResult => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (!user || !checkRole(['contributor'], user)) return false
  return {
    and: [{ authors: { contains: user.id } }, { status: { in: contributorEditableStatuses } }],
  }
}
