import { announceGlobalChange } from '@/hooks/announceGlobalChange'
import type { GlobalConfig } from 'payload'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'
import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

export const CodeOfConduct: GlobalConfig = {
  slug: 'code-of-conduct',
  label: 'Code of conduct',
  admin: { group: 'Community' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'Code of conduct' },
    { name: 'content', type: 'richText', validate: validateRichTextLinks },
  ],
}
