import type { CodeOfConduct, EditorialGuideline } from '@/types/payload-types'
import { cacheTags } from './cacheTags'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

export type GlobalPageSlug = 'editorial-guidelines' | 'code-of-conduct'
export type GlobalPage = { title: string; content: (EditorialGuideline | CodeOfConduct)['content'] }

/**
 * The editorial guidelines or the code of conduct, until an edit of it (tag `global:<slug>`).
 */
export const findGlobalPage = async (slug: GlobalPageSlug): Promise<GlobalPage> => {
  const payload = await sitePayload()
  return siteCache.get(`global:${slug}`, async () => {
    siteCache.tag(cacheTags.global(slug))
    const doc = await payload.findGlobal({ slug, depth: 0, overrideAccess: false })
    return { title: doc.title, content: doc.content ?? null }
  })
}
