import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { forumRulesOf } from '@/bridge/sync/limits/forumRules'
import { topicLimitProblems } from '@/bridge/sync/limits/topicLimitProblems'
import { syncSubject, type SyncedCollection, type SyncedDoc } from '../subjects'

// A story on its way to the forum (submitted onwards; not a draft, not archived), an event once published.
const headsToForum: { [C in SyncedCollection]: (doc: Partial<SyncedDoc<C>>) => boolean } = {
  stories: (doc) =>
    ['submitted', 'in_review', 'approved', 'published'].includes(String(doc.status)),
  events: (doc) => doc.publication === 'published',
}
const bodyPath: Record<SyncedCollection, string> = { stories: 'body', events: 'description' }

/**
 * A person submitting or publishing something the forum will refuse gets a 400 naming the
 * field now, instead of a success and a failed sync later. The check renders the topic the
 * bridge would send and holds it to the forum's length limits: it never calls the forum, and
 * drafts are never held to it. A title another topic already has is not refused: the bridge
 * gives the topic a numbered title ("Title · 2", bridge/sync/withFreeTitle.ts) without a person.
 * Code writes (seeds, the scheduler, the bridge) are trusted, as in enforceWorkflow.
 */
export const refuseWhatTheForumRefuses =
  <C extends SyncedCollection>(collection: C): CollectionBeforeChangeHook<SyncedDoc<C>> =>
  ({ data, originalDoc, req }) => {
    const rules = forumRulesOf(req.payload)
    if (!req.user || !rules) return data
    const headsThere: (doc: Partial<SyncedDoc<C>>) => boolean = headsToForum[collection]
    // beforeChange runs after validation: the stored document and the change make a whole one.
    const merged = { ...(originalDoc ?? {}), ...data } as SyncedDoc<C>
    if (!headsThere(merged)) return data
    const topic = syncSubject(collection).render(merged, rules.settings)
    const errors = topicLimitProblems(topic, rules.limits).map((p) => ({
      path: p.part === 'title' ? 'title' : bodyPath[collection],
      message: p.message,
    }))
    if (errors.length) throw new ValidationError({ collection, errors, req })
    return data
  }
