import type { CollectionConfig } from 'payload'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isLoggedIn } from '@/access/isLoggedIn'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'

/** Starting points for writers: a story created from one gets its sections as its body. */
export const EditorialTemplates: CollectionConfig = {
  slug: 'editorial-templates',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'description', 'defaultCategory'] },
  access: {
    create: isEditorOrAdmin,
    read: isLoggedIn,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'description', type: 'textarea', maxLength: 500 },
    { name: 'guidelines', type: 'richText', validate: validateRichTextLinks },
    {
      name: 'sections',
      type: 'array',
      labels: { singular: 'Section', plural: 'Sections' },
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 200 },
        {
          name: 'prompt',
          type: 'textarea',
          maxLength: 1000,
          admin: { description: 'What the writer should cover here.' },
        },
      ],
    },
    { name: 'defaultCategory', type: 'relationship', relationTo: 'categories' },
  ],
}
