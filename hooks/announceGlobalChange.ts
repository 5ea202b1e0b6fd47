import type { SanitizedGlobalConfig } from 'payload'
import { notifyContentChanged } from '@/shared/contentEvents'

/**
 * afterChange on the public globals (guidelines, code of conduct): says in-process that the
 * page showing it changed, as announceContentChange does for collections.
 */
export const announceGlobalChange = <T>({
  doc,
  global,
}: {
  doc: T
  global: Pick<SanitizedGlobalConfig, 'slug'>
}): T => {
  notifyContentChanged({ collection: 'globals', id: global.slug })
  return doc
}
