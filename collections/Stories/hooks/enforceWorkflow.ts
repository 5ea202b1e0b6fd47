import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'
import { checkTransition, initialStatuses } from '../workflow'

// Writes from code (the bridge, the scheduler, seeds) pass overrideAccess and are trusted;
// every write from a person is held to the workflow in ../workflow.ts.
export const enforceWorkflow: CollectionBeforeChangeHook<Story> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!req.user) return data
  const roles = req.user.roles ?? []
  const to = data.status ?? originalDoc?.status ?? 'draft'

  if (operation === 'create') {
    if (!initialStatuses(roles).includes(to)) {
      throw new ValidationError({
        collection: 'stories',
        errors: [
          {
            path: 'status',
            message: `A new story can only start as: ${initialStatuses(roles).join(', ')}.`,
          },
        ],
      })
    }
    return data
  }

  const from = originalDoc?.status ?? 'draft'
  const verdict = checkTransition(from, to, roles)
  if (verdict.ok) return data
  if (verdict.reason === 'forbidden') throw new APIError(verdict.message, 403, null, true)
  throw new ValidationError({
    collection: 'stories',
    errors: [{ path: 'status', message: verdict.message }],
  })
}
