import { announceGlobalChange } from '@/hooks/announceGlobalChange'
import type { GlobalConfig } from 'payload'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'
import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

export const EditorialGuidelines: GlobalConfig = {
  slug: 'editorial-guidelines',
  label: 'Editorial guidelines',
  admin: { group: 'Community' },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'Editorial guidelines' },
    { name: 'content', type: 'richText', validate: validateRichTextLinks },
  ],
}
