import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '@/access/checkRole'

// `publication` is staff-only at field level, and Payload drops a field the caller may not
// write without saying so: a contributor "publishing" would get a 200 and a still-draft event.
// Refuse the attempt with a 403 instead, like a contributor publishing a story. This runs
// before the field rules strip the value, which is why it is a beforeOperation hook.
export const refuseWriterPublication: CollectionBeforeOperationHook<'events'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (!req.user || checkRole(['admin', 'editor'], req.user)) return args
  if (args.data?.publication === 'published')
    throw new APIError('Only admin or editor users can publish an event.', 403, null, true)
  return args
}
