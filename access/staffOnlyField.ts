import type { FieldAccess } from 'payload'
import { checkRole } from './checkRole'

export const staffOnlyField: FieldAccess = ({ req: { user } }) =>
  checkRole(['admin', 'editor'], user)
