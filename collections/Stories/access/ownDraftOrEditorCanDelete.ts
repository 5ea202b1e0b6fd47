import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Staff delete any story; a contributor only their own unsubmitted draft. */
export const ownDraftOrEditorCanDelete: Access = ({ req: { user } }): AccessResult => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (!user || !checkRole(['contributor'], user)) return false
  return { and: [{ authors: { contains: user.id } }, { status: { equals: 'draft' } }] }
}
