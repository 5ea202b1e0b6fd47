import type { FieldAccess } from 'payload'
import { checkRole } from './checkRole'

export const adminOnlyField: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
