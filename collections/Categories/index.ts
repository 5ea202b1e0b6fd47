import type { CollectionConfig } from 'payload'
import { announceContentChange } from '@/hooks/announceContentChange'
import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { validateSlug } from '@/fields/validateSlug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'discourseCategoryId'] },
  hooks: { afterChange: [announceContentChange], afterDelete: [announceContentChange] },
  access: {
    create: isEditorOrAdmin,
    read: anyone,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateSlug,
    },
    {
      name: 'discourseCategoryId',
      type: 'number',
      min: 1,
      admin: { description: 'Stories in this category become topics in this Discourse category.' },
    },
  ],
}
