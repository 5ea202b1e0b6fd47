import type { CodeOfConduct, EditorialGuideline } from '@/types/payload-types'
import { siteCache } from './siteCache'
import { sitePayload } from './sitePayload'

export type GlobalPageSlug = 'editorial-guidelines' | 'code-of-conduct'
export type GlobalPage = { title: string; content: (EditorialGuideline | CodeOfConduct)['content'] }

/**
 * The editorial guidelines or the code of conduct. Globals change rarely and have no
 * invalidation hook, so the TTL alone bounds how long an edit takes to show.
 */
export const findGlobalPage = async (slug: GlobalPageSlug): Promise<GlobalPage> => {
  const payload = await sitePayload()
  return siteCache.get(`global:${slug}`, async () => {
    const doc = await payload.findGlobal({ slug, depth: 0, overrideAccess: false })
    return { title: doc.title, content: doc.content ?? null }
  })
}
