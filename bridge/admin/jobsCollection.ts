import type { CollectionSlug } from 'payload'

/** Payload's jobs collection (the generated types list it only once jobs are configured). */
export const JOBS_COLLECTION = 'payload-jobs' as CollectionSlug
