import type { TextField } from 'payload'
import { isSafeUrl } from '@/shared/isSafeUrl'

/** An optional absolute http(s) URL (isSafeUrl's `web` kind, as the site and the forum check it). */
export const urlField = (name: string, description?: string): TextField => ({
  name,
  type: 'text',
  maxLength: 2000,
  admin: description ? { description } : undefined,
  validate: (value: string | null | undefined) => {
    if (!value) return true
    if (!URL.canParse(value)) return 'Must be an absolute URL, e.g. https://example.org/register.'
    return isSafeUrl(value, 'web') || 'Must be an http(s) URL.'
  },
})
