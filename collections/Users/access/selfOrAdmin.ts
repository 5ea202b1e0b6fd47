import type { Access, AccessResult } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Admins see every account; everyone else sees only their own (emails never leak). */
export const selfOrAdmin: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
