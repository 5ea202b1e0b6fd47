import type { Access, AccessResult } from 'payload'
import { checkRole } from '../../../access/checkRole'

export const canCreateStory: Access = ({ req: { user } }): AccessResult => checkRole(['admin', 'editor', 'contributor'], user)
