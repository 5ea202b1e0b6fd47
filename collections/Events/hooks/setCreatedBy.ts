import type { CollectionBeforeChangeHook } from 'payload'

/** A new event belongs to whoever creates it (code writes without a user keep what they pass). */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) return { ...data, createdBy: req.user.id }
  return data
}
