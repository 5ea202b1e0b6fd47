import type { CollectionConfig } from 'payload'
import { announceContentChange } from '@/hooks/announceContentChange'
import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isLoggedIn } from '@/access/isLoggedIn'

export const Media: CollectionConfig = {
  slug: 'media',
  hooks: { afterChange: [announceContentChange], afterDelete: [announceContentChange] },
  access: { create: isLoggedIn, read: anyone, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  upload: {
    staticDir: 'data/media',
    // Raster images only: an SVG is a document that can carry script, and served from this
    // origin it would run with a signed-in reader's rights.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
  ],
}
