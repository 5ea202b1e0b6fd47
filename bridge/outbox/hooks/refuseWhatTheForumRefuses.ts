import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import '@/shared/requestContext'
import { syncSubject, type SyncedCollection, type SyncedDoc } from '@/bridge/sync/syncSubjects'
import { findTitleTwin } from '@/bridge/sync/limits/findTitleTwin'
import { forumRulesOf } from '@/bridge/sync/limits/forumRules'
import { topicLimitProblems } from '@/bridge/sync/limits/topicLimitProblems'

// A story on its way to the forum (submitted onwards; not a draft, not archived), an event once published.
const headsToForum: { [C in SyncedCollection]: (doc: Partial<SyncedDoc<C>>) => boolean } = {
  stories: (doc) =>
    ['submitted', 'in_review', 'approved', 'published'].includes(String(doc.status)),
  events: (doc) => doc.publication === 'published',
}
const bodyPath: Record<SyncedCollection, string> = { stories: 'body', events: 'description' }
const kind: Record<SyncedCollection, string> = { stories: 'story', events: 'event' }

/**
 * A person submitting or publishing something the forum will refuse gets a 400 naming the
 * field now, instead of a success and a failed sync later. The check renders the topic the
 * bridge would send and uses known limits: it never calls the forum, and drafts are never held
 * to it. Code writes (seeds, the scheduler, the bridge) are trusted, as in enforceWorkflow.
 */
export const refuseWhatTheForumRefuses =
  <C extends SyncedCollection>(collection: C): CollectionBeforeChangeHook<SyncedDoc<C>> =>
  async ({ data, originalDoc, req, context }) => {
    const rules = forumRulesOf(req.payload)
    if (!req.user || !rules || context.fromDiscourse || context.fromBridge) return data
    const headsThere: (doc: Partial<SyncedDoc<C>>) => boolean = headsToForum[collection]
    // beforeChange runs after validation: the stored document and the change make a whole one.
    const merged = { ...(originalDoc ?? {}), ...data } as SyncedDoc<C>
    if (!headsThere(merged)) return data
    const render = (doc: SyncedDoc<C>) => syncSubject(collection).render(doc, rules.settings)
    const topic = render(merged)
    const errors = topicLimitProblems(topic, rules.limits).map((p) => ({
      path: p.part === 'title' ? 'title' : bodyPath[collection],
      message: p.message,
    }))
    // Discourse checks uniqueness when a topic is created or retitled; so does this.
    const newOnForum = !originalDoc || !headsThere(originalDoc)
    if (
      !errors.some((e) => e.path === 'title') &&
      !rules.limits.allow_duplicate_topic_titles &&
      (newOnForum || render(originalDoc).title !== topic.title)
    ) {
      const twin = await findTitleTwin(req, rules.settings, topic.title, {
        collection,
        id: originalDoc?.id,
      })
      if (twin)
        errors.push({
          path: 'title',
          message: `The forum already has a topic with this title (the ${kind[twin.collection]} "${twin.title}"), and it refuses a second one.`,
        })
    }
    if (errors.length) throw new ValidationError({ collection, errors, req })
    return data
  }
