import { Forbidden, type CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '@/access/checkRole'

// Payload lets whoever may update a document restore any of its versions, even a caller who
// may not read versions (readVersions is staff-only). Restoring is an editor's tool, so
// writers get the same 403 they get for listing versions.
export const refuseRestoreByWriters: CollectionBeforeOperationHook<'stories' | 'events'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'restoreVersion') return args
  const trusted = args.overrideAccess === true
  if (!trusted && !checkRole(['admin', 'editor'], req.user)) throw new Forbidden(req.t)
  return args
}
