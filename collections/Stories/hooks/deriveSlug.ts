import type { CollectionBeforeValidateHook } from 'payload'
import { slugify } from '../../../src/shared/slugify'

// A slug typed by a person is kept as typed (a duplicate is then a 400 naming `slug`);
// a slug derived from the title gets a numeric suffix until it is free.
export const deriveSlug =
  (collection: 'stories' | 'events'): CollectionBeforeValidateHook =>
  async ({ data, req, originalDoc }) => {
    if (!data || data.slug || originalDoc?.slug || !data.title) return data
    const base = slugify(String(data.title)) || 'untitled'
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({ collection, where: { slug: { equals: candidate } }, overrideAccess: true, req })
      if (taken.totalDocs === 0) return { ...data, slug: candidate }
    }
    return { ...data, slug: `${base}-${Date.now()}` }
  }
