import type { CollectionConfig } from 'payload'
import { announceContentChange } from '@/hooks/announceContentChange'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'
import { slugField } from '@/fields/slugField'
import { validateSlug } from '@/fields/validateSlug'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { staffOnlyField } from '@/access/staffOnlyField'
import { codeOnlyField } from '@/access/codeOnlyField'
import { canCreateStory } from '@/access/canCreateStory'
import { ownDraftOrEditor } from './access/ownDraftOrEditor'
import { ownDraftOrEditorCanDelete } from './access/ownDraftOrEditorCanDelete'
import { publishedOrVisibleToUser } from './access/publishedOrVisibleToUser'
import { authorOrStaffField } from './access/authorOrStaffField'
import { assignAuthor } from './hooks/assignAuthor'
import { denormalizeAuthorNames } from './hooks/denormalizeAuthorNames'
import { deriveSlug } from '@/hooks/deriveSlug'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { keepWorkflowOnRestore } from './hooks/keepWorkflowOnRestore'
import { prefillFromTemplate } from './hooks/prefillFromTemplate'
import { settleTemplatePrompts } from './hooks/settleTemplatePrompts'
import { refuseRestoreByWriters } from '@/hooks/refuseRestoreByWriters'
import { setPublishedAt } from './hooks/setPublishedAt'
import { templatePrefillEndpoint } from './endpoints/templatePrefillEndpoint'
import { storyStatuses } from './workflow'

export const Stories: CollectionConfig = {
  slug: 'stories',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'discourse', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    components: { beforeListTable: ['/src/components/admin/StartFromTemplate#StartFromTemplate'] },
  },
  // Every save keeps a revision that staff can compare and restore.
  versions: { maxPerDoc: 50 },
  access: {
    create: canCreateStory,
    read: publishedOrVisibleToUser,
    update: ownDraftOrEditor,
    delete: ownDraftOrEditorCanDelete,
    readVersions: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [refuseRestoreByWriters],
    beforeValidate: [deriveSlug('stories')],
    beforeChange: [
      keepWorkflowOnRestore,
      enforceWorkflow,
      assignAuthor,
      prefillFromTemplate,
      settleTemplatePrompts,
      denormalizeAuthorNames,
      setPublishedAt,
    ],
    afterChange: [announceContentChange],
    afterDelete: [announceContentChange],
  },
  endpoints: [templatePrefillEndpoint],
  // The public list filters on status and sorts by publication date: one compound index serves
  // it. Lists sort by it unless asked otherwise (Payload's own default, -createdAt, fits no index
  // with the status filter: at 10,000 stories it sorted every row per request).
  defaultSort: '-publishedAt',
  indexes: [{ fields: ['status', 'publishedAt'] }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 255 },
    slugField({ validate: validateSlug, description: 'Derived from the title when left empty.' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: storyStatuses.map((value) => ({ label: value.replace('_', ' '), value })),
      // Shown as the workflow's buttons (the moves this user may make now), not a dropdown.
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/workflow/WorkflowActions#WorkflowActions' },
      },
    },
    {
      name: 'scheduledFor',
      type: 'date',
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Approved stories are published automatically at this time.',
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      // Stamped on first publication; only staff may back- or forward-date it.
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewNotes',
      type: 'textarea',
      access: { read: authorOrStaffField, create: staffOnlyField, update: staffOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Notes from the editor to the writer. Never public.',
      },
    },
    { name: 'summary', type: 'textarea', maxLength: 1000 },
    { name: 'body', type: 'richText', validate: validateRichTextLinks },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      // A contributor's story is theirs alone (assignAuthor); only staff credit or remove authors,
      // so nobody can put another person's name on a story or take a story from its writer.
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar' },
    },
    // The byline, copied from the authors' names by denormalizeAuthorNames; never written by a caller.
    {
      name: 'authorNames',
      type: 'text',
      access: { create: codeOnlyField, update: codeOnlyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'tags', type: 'text', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      options: ['en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other'].map((value) => ({
        label: value,
        value,
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'editorial-templates',
      admin: { position: 'sidebar' },
    },
  ],
}
