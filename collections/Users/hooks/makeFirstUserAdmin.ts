import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '@/types/payload-types'

/** The first account (Payload's first-register) becomes an admin, whatever it asked for. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (existing.totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
