import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { isLoggedIn } from '../../access/isLoggedIn'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: isLoggedIn, read: anyone, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  upload: {
    staticDir: 'data/media',
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
  },
  fields: [{ name: 'alt', type: 'text', required: true, maxLength: 300, admin: { description: 'Describe the image for readers who cannot see it.' } }],
}
