import type { Category } from '@/types/payload-types'
import { cacheTags } from './cacheTags'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

export type CategoryLink = Pick<Category, 'id' | 'name' | 'slug'>

/** Every category, by name, for the story index filter and the feed list. */
export const findCategories = async (): Promise<CategoryLink[]> => {
  const payload = await sitePayload()
  return siteCache.get('categories', async () => {
    siteCache.tag(cacheTags.categories)
    const { docs } = await payload.find({
      collection: 'categories',
      select: { name: true, slug: true },
      sort: 'name',
      limit: 200,
      depth: 0,
      overrideAccess: false,
    })
    return docs.map(({ id, name, slug }) => ({ id, name, slug }))
  })
}
