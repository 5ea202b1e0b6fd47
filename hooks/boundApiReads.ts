import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { checkRole } from '../access/checkRole'

/** The most documents one REST or GraphQL read returns to a reader who is not staff. */
export const MAX_API_PAGE = 100

// Payload answers `limit=0` or `pagination=false` with every document in the collection: with
// 100,000 stories one anonymous request would load them all. Readers who are not staff page
// through at most MAX_API_PAGE at a time; staff keep Payload's behaviour (the admin uses it).
// Code (the Local API) is not an outside caller and is never bounded here.
const refuseUnboundedReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  if (checkRole(['admin', 'editor'], req.user)) return args
  const { limit, pagination } = args as { limit?: number; pagination?: boolean }
  if (pagination === false || limit === 0 || (typeof limit === 'number' && (limit < 0 || limit > MAX_API_PAGE)))
    throw new APIError(`limit must be between 1 and ${MAX_API_PAGE} (ask for the next page instead).`, 400, null, true)
  return args
}

/** Adds the read bound to a collection, before its own beforeOperation hooks. */
export const boundApiReads = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseUnboundedReads, ...(collection.hooks?.beforeOperation ?? [])] },
})
