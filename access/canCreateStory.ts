import type { Access, AccessResult } from 'payload'
import { checkRole } from './checkRole'

export const canCreateStory: Access = ({ req: { user } }): AccessResult =>
  checkRole(['admin', 'editor', 'contributor'], user)
