import type { Field, FieldHook } from 'payload'
import { codeOnlyField } from '@/access/codeOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import type { SyncedDoc } from './subjects'
import type { SyncRecord } from './SyncRecord'

/** The sidebar panel: state, topic link, counts, last sync, last error and "Sync again". */
export const discourseStatusField: Field = {
  name: 'discourseStatus',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/src/components/admin/discourse/DiscourseStatusField#DiscourseStatusField',
    },
  },
}

export const syncStates = ['none', 'pending', 'synced', 'failed', 'topic_deleted'] as const
export type SyncState = (typeof syncStates)[number]

const readOnly = { readOnly: true }

const discourseFields = [
  {
    name: 'syncState',
    type: 'select',
    defaultValue: 'none',
    index: true,
    options: [...syncStates],
    admin: readOnly,
  },
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
  {
    name: 'owedVersion',
    type: 'number',
    defaultValue: 0,
    index: true,
    admin: { ...readOnly, hidden: true },
  },
  { name: 'syncedVersion', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
  { name: 'syncedHash', type: 'text', admin: { ...readOnly, hidden: true } },
  { name: 'attempts', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
  // Retry state of the one retry mechanism (SyncDiscourseTopicTask): consecutive failed tries
  // and when the delayed job runs next. Cleared by a sync that succeeds.
  { name: 'tries', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
  { name: 'nextAttemptAt', type: 'date', admin: readOnly },
  // The title the topic has on the forum when it differs from the rendered one: Discourse
  // refused the rendered title as taken, so the bridge sent "Title · 2" (findOrCreateTopic).
  { name: 'forumTitle', type: 'text', admin: readOnly },
] satisfies Field[]

/** The group as a new document has it: every field at its default (or empty). */
const freshSyncRecord = (): SyncRecord =>
  Object.fromEntries(
    discourseFields.map((f) => [f.name, 'defaultValue' in f ? f.defaultValue : null]),
  )

// A duplicate is a new document: it starts with no topic, or the bridge would edit the original's.
const startFresh: FieldHook<SyncedDoc, SyncRecord> = () => freshSyncRecord()

/**
 * The bridge's bookkeeping for one document (story or event) and the forum's activity
 * brought back. `owedVersion > syncedVersion` is the durable outbox entry: it is written
 * in the same row as the content change, so a crash can never lose an owed sync.
 *
 * Every value here is the bridge's alone: no API caller of any role (REST, GraphQL, the
 * admin's form) creates or changes one; what a caller sends is dropped before the hooks run.
 * A writer who could set `topicId` would have the bridge rewrite another story's topic.
 */
export const discourseGroup: Field = {
  name: 'discourse',
  type: 'group',
  access: { create: codeOnlyField, update: codeOnlyField },
  hooks: { beforeDuplicate: [startFresh] },
  admin: {
    position: 'sidebar',
    description: 'Kept in step with the forum by the bridge.',
    components: { Cell: '/src/components/admin/discourse/DiscourseCell#DiscourseCell' },
  },
  fields: discourseFields,
}
