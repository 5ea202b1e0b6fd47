import type { TextField } from 'payload'

/** An optional absolute http(s) URL. */
export const urlField = (name: string, description?: string): TextField => ({
  name,
  type: 'text',
  maxLength: 2000,
  admin: description ? { description } : undefined,
  validate: (value: string | null | undefined) => {
    if (!value) return true
    try {
      const url = new URL(value)
      return url.protocol === 'https:' || url.protocol === 'http:' || 'Must be an http(s) URL.'
    } catch {
      return 'Must be an absolute URL, e.g. https://example.org/register.'
    }
  },
})
