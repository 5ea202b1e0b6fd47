import type { FieldAccess } from 'payload'
import { checkRole } from '@/access/checkRole'

/** Review notes: the story's authors and staff read them; nobody else (never the public). */
export const authorOrStaffField: FieldAccess = ({ req: { user }, doc }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (!user) return false
  const authors = ((doc?.authors ?? []) as Array<number | string | { id: number | string }>).map(
    (a) => (typeof a === 'object' ? a.id : a),
  )
  return authors.some((id) => String(id) === String(user.id))
}
