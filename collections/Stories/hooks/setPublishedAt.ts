import type { CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'

/** Stamps the first publication time; later edits and re-publications keep it. */
export const setPublishedAt: CollectionBeforeChangeHook<Story> = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
