import type { Access } from 'payload'
import { checkRole } from './checkRole'

export const isAdmin: Access = ({ req: { user } }) => checkRole(['admin'], user)
