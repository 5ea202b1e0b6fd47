import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { adminOnlyField } from '../../access/adminOnlyField'
import { selfOrAdmin } from './access/selfOrAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Payload's own lockout; the login route also has a rate limit in the express server.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'affiliation'] },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['contributor'],
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Contributor', value: 'contributor' },
      ],
      // Only admins hand out roles; a contributor cannot promote themself.
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    { name: 'affiliation', type: 'text', maxLength: 200 },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'en',
      options: ['en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other'].map((value) => ({ label: value, value })),
    },
  ],
}
