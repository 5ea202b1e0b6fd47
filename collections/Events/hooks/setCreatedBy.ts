import type { CollectionBeforeChangeHook } from 'payload'
import type { Event } from '@/types/payload-types'

/** A new event belongs to whoever creates it (code writes without a user keep what they pass). */
export const setCreatedBy: CollectionBeforeChangeHook<Event> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) return { ...data, createdBy: req.user.id }
  return data
}
