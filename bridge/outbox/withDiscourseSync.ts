import type { CollectionConfig } from 'payload'
import { isSyncedCollection } from './subjects'
import { discourseGroup, discourseStatusField } from './discourseGroup'
import { enqueueDiscourseSync } from './hooks/enqueueDiscourseSync'
import { enqueueTopicClose } from './hooks/enqueueTopicClose'
import { markSyncOwed } from './hooks/markSyncOwed'
import { refuseWhatTheForumRefuses } from './hooks/refuseWhatTheForumRefuses'
import { resyncEndpoint } from './resyncEndpoint'

/**
 * Makes a collection one the bridge keeps in step with a Discourse topic. The domain's
 * collections know nothing of the forum; config/createPayloadConfig.ts applies this to each
 * synced one (Stories, Events). It adds the sidebar panel and the `discourse` group (last among
 * the fields), the resync endpoint, and the outbox hooks, in the order that matters:
 * - beforeChange, after the collection's own: the forum check and the owed mark see the final data;
 * - afterChange, before the collection's own: the sync is queued before anything announces the change;
 * - beforeDelete, after the collection's own: the topic close is queued while the row still exists.
 */
export const withDiscourseSync = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug
  if (!isSyncedCollection(slug))
    throw new Error(`the bridge has no sync subject for the collection "${slug}"`)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        refuseWhatTheForumRefuses(slug),
        markSyncOwed(slug),
      ],
      afterChange: [enqueueDiscourseSync(slug), ...(hooks.afterChange ?? [])],
      beforeDelete: [...(hooks.beforeDelete ?? []), enqueueTopicClose(slug)],
    },
    endpoints: [...(collection.endpoints || []), resyncEndpoint(slug)],
    fields: [...collection.fields, discourseStatusField, discourseGroup],
  }
}
