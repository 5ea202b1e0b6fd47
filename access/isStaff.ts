import type { PayloadRequest } from 'payload'
import { checkRole } from './checkRole'

/** Editors and admins: the people who review, publish and see every draft. */
export const isStaff = (req: Pick<PayloadRequest, 'user'>): boolean =>
  checkRole(['admin', 'editor'], req.user)
