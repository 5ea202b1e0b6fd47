import type { Payload } from 'payload'
import { defaultCategories, defaultTemplates } from './defaultTemplates'
import { defaultPages, pageDocument } from './defaultPages'

/**
 * Gives the editorial guidelines and the code of conduct their starting text while their content
 * has never been written. Text an editor or admin saved, even an emptied page (the editor stores
 * an empty document, not nothing), is never replaced.
 */
export const seedDefaultPages = async (payload: Payload): Promise<string[]> => {
  const seeded: string[] = []
  for (const { slug, title, markup } of defaultPages) {
    const current = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
    if (current.content != null) continue
    await payload.updateGlobal({
      slug,
      data: { title: current.title || title, content: pageDocument(markup) as never },
      overrideAccess: true,
    })
    seeded.push(slug)
  }
  if (seeded.length)
    payload.logger.info(
      { globals: seeded },
      'seeded the starting text of the guidelines and code of conduct',
    )
  return seeded
}

/**
 * Seeds categories and the four editorial templates into an empty database (a no-op once there
 * are templates), and the starting text of the guidelines and the code of conduct (seedDefaultPages).
 */
export const seedDefaults = async (payload: Payload): Promise<{ seeded: boolean }> => {
  const pages = await seedDefaultPages(payload)
  const { totalDocs } = await payload.count({
    collection: 'editorial-templates',
    overrideAccess: true,
  })
  if (totalDocs > 0) return { seeded: pages.length > 0 }
  const categoryIds = new Map<string, number | string>()
  for (const category of defaultCategories) {
    const existing = await payload.find({
      collection: 'categories',
      where: { slug: { equals: category.slug } },
      limit: 1,
      overrideAccess: true,
    })
    const doc =
      existing.docs[0] ??
      (await payload.create({ collection: 'categories', data: category, overrideAccess: true }))
    categoryIds.set(category.slug, doc.id)
  }
  for (const { category, ...template } of defaultTemplates) {
    await payload.create({
      collection: 'editorial-templates',
      data: { ...template, defaultCategory: categoryIds.get(category) as number },
      overrideAccess: true,
    })
  }
  payload.logger.info(
    { templates: defaultTemplates.length, categories: defaultCategories.length },
    'seeded default templates and categories',
  )
  return { seeded: true }
}
