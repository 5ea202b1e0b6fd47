import type { CollectionBeforeValidateHook, DataFromCollectionSlug } from 'payload'
import type { Event, Story } from '@/types/payload-types'
import { slugify } from '@/shared/slugify'

const baseSlug = (title: unknown) => slugify(String(title ?? '')) || 'untitled'

/** A slug this hook would have made from the title: the title's slug, maybe with a numeric suffix. */
const derivedFrom = (slug: string, title: unknown) => {
  const base = baseSlug(title)
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
}

// Once public, the slug is the address readers, feeds and the forum topic's embed URL know.
const isFrozen = (doc: Story | Event) =>
  Boolean(
    ('publishedAt' in doc && doc.publishedAt) ||
    doc.status === 'published' ||
    ('publication' in doc && doc.publication === 'published') ||
    doc.discourse?.topicId,
  )

// The slug follows the title until a person sets it by hand or the document is first
// published; from then on it is kept. A slug still derived from the stored title counts as
// not set by hand (so one typed to equal it follows the title too). A hand-typed slug is kept
// as typed (a duplicate is then a 400 naming `slug`); a derived one gets a numeric suffix
// until it is free. Clearing the field derives it again.
export const deriveSlug =
  <C extends 'stories' | 'events'>(
    collection: C,
  ): CollectionBeforeValidateHook<DataFromCollectionSlug<C>> =>
  async ({ data, req, originalDoc }) => {
    if (!data) return data
    const title = data.title ?? originalDoc?.title
    const stored = originalDoc?.slug || undefined
    const cleared = data.slug === '' || data.slug === null
    if (data.slug && data.slug !== stored) return data
    if (!title) return data
    if (
      stored &&
      !cleared &&
      (isFrozen(originalDoc!) ||
        !derivedFrom(stored, originalDoc!.title) ||
        derivedFrom(stored, title))
    )
      return data
    const base = baseSlug(title)
    const notSelf = originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({
        collection,
        where: { and: [{ slug: { equals: candidate } }, ...notSelf] },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs === 0) return { ...data, slug: candidate }
    }
    return { ...data, slug: `${base}-${Date.now()}` }
  }
