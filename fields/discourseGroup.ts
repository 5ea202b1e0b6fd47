import type { Field } from 'payload'
import { staffOnlyField } from '../access/staffOnlyField'

/** The sidebar panel: state, topic link, counts, last sync, last error and "Sync again". */
export const discourseStatusField: Field = {
  name: 'discourseStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/components/admin/discourse/DiscourseStatusField#DiscourseStatusField' } },
}

export const syncStates = ['none', 'pending', 'synced', 'failed', 'topic_deleted'] as const
export type SyncState = (typeof syncStates)[number]

const readOnly = { readOnly: true }

/**
 * The bridge's bookkeeping for one document (story or event) and the forum's activity
 * brought back. `owedVersion > syncedVersion` is the durable outbox entry: it is written
 * in the same row as the content change, so a crash can never lose an owed sync.
 */
export const discourseGroup: Field = {
  name: 'discourse',
  type: 'group',
  admin: {
    position: 'sidebar',
    description: 'Kept in step with the forum by the bridge.',
    components: { Cell: '/src/components/admin/discourse/DiscourseCell#DiscourseCell' },
  },
  fields: [
    { name: 'syncState', type: 'select', defaultValue: 'none', index: true, options: [...syncStates], admin: readOnly },
    { name: 'topicUrl', type: 'text', admin: readOnly },
    { name: 'topicId', type: 'number', index: true, admin: readOnly },
    { name: 'topicSlug', type: 'text', admin: { ...readOnly, hidden: true } },
    { name: 'firstPostId', type: 'number', admin: { ...readOnly, hidden: true } },
    { name: 'externalId', type: 'text', index: true, admin: readOnly },
    { name: 'replyCount', type: 'number', defaultValue: 0, admin: readOnly },
    { name: 'likeCount', type: 'number', defaultValue: 0, admin: readOnly },
    { name: 'views', type: 'number', defaultValue: 0, admin: readOnly },
    { name: 'participants', type: 'number', defaultValue: 0, admin: readOnly },
    { name: 'lastActivityAt', type: 'date', admin: readOnly },
    { name: 'latestReplies', type: 'json', admin: { ...readOnly, hidden: true } },
    { name: 'lastSyncedAt', type: 'date', admin: readOnly },
    { name: 'lastError', type: 'textarea', access: { read: staffOnlyField }, admin: readOnly },
    // Outbox bookkeeping: hidden from editors, read by the worker and the sweep.
    { name: 'owedVersion', type: 'number', defaultValue: 0, index: true, admin: { ...readOnly, hidden: true } },
    { name: 'syncedVersion', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
    { name: 'syncedHash', type: 'text', admin: { ...readOnly, hidden: true } },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
  ],
}
