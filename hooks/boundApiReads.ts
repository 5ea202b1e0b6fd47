import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
} from 'payload'
import { checkRole } from '@/access/checkRole'

/** The most documents one REST or GraphQL read returns to a reader who is not staff. */
export const MAX_API_PAGE = 100

// Payload answers `limit=0` or `pagination=false` with every document in the collection: with
// 100,000 stories one anonymous request would load them all. Readers who are not staff page
// through at most MAX_API_PAGE at a time; staff keep Payload's behaviour (the admin uses it).
// What is bounded is what the caller asked for: the query string of a REST request (so a
// custom endpoint's own capped reads, like the event feeds', pass) or a GraphQL list's
// arguments. Code (the Local API) is not an outside caller and is never bounded here.
const refuseUnboundedReads: CollectionBeforeOperationHook<CollectionSlug> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // Reads that override access are code's (signing a request in looks its user up that way).
  if (operation !== 'read' || overrideAccess || checkRole(['admin', 'editor'], req.user))
    return args
  // Only the caller's own list pages: a read by id has neither argument, and the reads that
  // fill in relationships (Payload's dataloader: unpaged, `disableErrors`, ids from the list
  // already bounded) are not the caller's.
  if ((!('limit' in args) && !('pagination' in args)) || args.disableErrors) return args
  const asked =
    req.payloadAPI === 'REST'
      ? (req.query as { limit?: unknown; pagination?: unknown } | undefined)
      : req.payloadAPI === 'GraphQL'
        ? args
        : undefined
  if (!asked) return args
  const limit = asked.limit === undefined || asked.limit === '' ? undefined : Number(asked.limit)
  const unpaged = asked.pagination === false || asked.pagination === 'false'
  if (
    unpaged ||
    (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_API_PAGE))
  )
    throw new APIError(
      `limit must be between 1 and ${MAX_API_PAGE} (ask for the next page instead).`,
      400,
      null,
      true,
    )
  return args
}

/** Adds the read bound to a collection, before its own beforeOperation hooks. */
export const boundApiReads = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseUnboundedReads, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
