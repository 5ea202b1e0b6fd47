import type { CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'

// Restoring a revision brings back its words, not its place in the workflow or the bridge's
// bookkeeping: an old draft-era version restored onto a published story keeps it published
// (published → draft is not a legal move), and the Discourse topic it already has is kept.
// Runs before enforceWorkflow, which then sees no status change.
export const keepWorkflowOnRestore: CollectionBeforeChangeHook<Story> = ({
  data,
  originalDoc,
  context,
}) => {
  if (!context.isRestoringVersion || !originalDoc) return data
  return {
    ...data,
    status: originalDoc.status,
    publishedAt: originalDoc.publishedAt,
    scheduledFor: originalDoc.scheduledFor,
    reviewNotes: originalDoc.reviewNotes,
    discourse: originalDoc.discourse,
  }
}
