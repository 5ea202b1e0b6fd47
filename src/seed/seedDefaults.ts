import type { Payload } from 'payload'
import { defaultCategories, defaultTemplates } from './defaultTemplates'

/** Seeds categories and the four editorial templates into an empty database; a no-op otherwise. */
export const seedDefaults = async (payload: Payload): Promise<{ seeded: boolean }> => {
  const { totalDocs } = await payload.count({ collection: 'editorial-templates', overrideAccess: true })
  if (totalDocs > 0) return { seeded: false }
  const categoryIds = new Map<string, number | string>()
  for (const category of defaultCategories) {
    const existing = await payload.find({ collection: 'categories', where: { slug: { equals: category.slug } }, limit: 1, overrideAccess: true })
    const doc = existing.docs[0] ?? (await payload.create({ collection: 'categories', data: category, overrideAccess: true }))
    categoryIds.set(category.slug, doc.id)
  }
  for (const { category, ...template } of defaultTemplates) {
    await payload.create({
      collection: 'editorial-templates',
      data: { ...template, defaultCategory: categoryIds.get(category) as number },
      overrideAccess: true,
    })
  }
  payload.logger.info({ templates: defaultTemplates.length, categories: defaultCategories.length }, 'seeded default templates and categories')
  return { seeded: true }
}
