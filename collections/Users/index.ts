import { announceContentChange } from '@/hooks/announceContentChange'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/isAdmin'
import { adminOnlyField } from '@/access/adminOnlyField'
import { selfOrAdmin } from './access/selfOrAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { explainLockedLogin } from './hooks/explainLockedLogin'

/** How long Payload's lockout keeps an account locked after maxLoginAttempts failed logins. */
export const LOCK_TIME_MS = 10 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Payload's own lockout; the login route also has a rate limit in the express server.
    // A failed login is logged as one info line without stack or email (config's loggingLevels).
    maxLoginAttempts: 5,
    lockTime: LOCK_TIME_MS,
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
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    // A rename shows in bylines and on the author's page.
    afterChange: [announceContentChange],
    afterDelete: [announceContentChange],
    afterError: [explainLockedLogin(LOCK_TIME_MS)],
  },
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
      // Not on the "create first user" form (nobody is signed in there): that account becomes an
      // admin whatever is picked (makeFirstUserAdmin), so offering "Contributor" would mislead.
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
    },
    { name: 'affiliation', type: 'text', maxLength: 200 },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'en',
      options: ['en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other'].map((value) => ({
        label: value,
        value,
      })),
    },
  ],
}
