import type { CollectionConfig } from 'payload'
import { announceContentChange } from '@/hooks/announceContentChange'
import { canCreateStory as isWriter } from '@/access/canCreateStory'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { staffOnlyField } from '@/access/staffOnlyField'
import { codeOnlyField } from '@/access/codeOnlyField'
import { adminOnlyField } from '@/access/adminOnlyField'
import { urlField } from '@/fields/urlField'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'
import { slugField } from '@/fields/slugField'
import { deriveSlug } from '@/hooks/deriveSlug'
import { refuseRestoreByWriters } from '@/hooks/refuseRestoreByWriters'
import { ownDraftEventOrStaff } from './access/ownDraftEventOrStaff'
import { publishedEventsOrStaff } from './access/publishedEventsOrStaff'
import { refuseWriterPublication } from './hooks/refuseWriterPublication'
import { setCreatedBy } from './hooks/setCreatedBy'
import { validateEvent } from './hooks/validateEvent'
import { eventFeedEndpoints } from './endpoints/eventFeedEndpoints'

export const eventFormats = ['in_person', 'online', 'hybrid'] as const
export const eventStatuses = ['scheduled', 'postponed', 'cancelled'] as const

// What the admin shows for each stored value (the values themselves never change).
const formatLabels: Record<(typeof eventFormats)[number], string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
}
const statusLabels: Record<(typeof eventStatuses)[number], string> = {
  scheduled: 'Scheduled',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
}

export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'city', 'format', 'status', 'publication'],
  },
  versions: { maxPerDoc: 25 },
  access: {
    create: isWriter,
    read: publishedEventsOrStaff,
    update: ownDraftEventOrStaff,
    delete: ownDraftEventOrStaff,
    // Versions hold every draft; without this any logged-in user could read others' drafts there.
    readVersions: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [refuseWriterPublication, refuseRestoreByWriters],
    beforeValidate: [deriveSlug('events'), validateEvent],
    beforeChange: [setCreatedBy],
    afterChange: [announceContentChange],
    afterDelete: [announceContentChange],
  },
  indexes: [{ fields: ['publication', 'start'] }],
  endpoints: eventFeedEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 255 },
    slugField(),
    {
      name: 'publication',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Published', value: 'published' },
      ],
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: eventStatuses.map((value) => ({ label: statusLabels[value], value })),
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'richText', validate: validateRichTextLinks },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      defaultValue: 'UTC',
      admin: { description: 'IANA time zone, e.g. Europe/Berlin.' },
    },
    { name: 'allDay', type: 'checkbox', defaultValue: false },
    {
      name: 'recurrence',
      type: 'text',
      maxLength: 500,
      admin: {
        description: 'Optional RRULE, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10 (weekly or monthly).',
      },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'in_person',
      options: eventFormats.map((value) => ({ label: formatLabels[value], value })),
    },
    { name: 'venue', type: 'text', maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', maxLength: 120 },
        { name: 'country', type: 'text', maxLength: 120, index: true },
      ],
    },
    // Required only for in-person and hybrid events (validateEvent), so not `required` in the schema: the description says so.
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          admin: {
            description: 'Required for in-person and hybrid events. Decimal degrees, e.g. 52.52.',
          },
        },
        {
          name: 'longitude',
          type: 'number',
          admin: {
            description: 'Required for in-person and hybrid events. Decimal degrees, e.g. 13.405.',
          },
        },
      ],
    },
    urlField('onlineUrl', 'Required for online and hybrid events.'),
    { name: 'organizer', type: 'text', maxLength: 200 },
    urlField('registrationUrl'),
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      // The owner decides who may edit a draft: set from the caller on create (setCreatedBy),
      // handed over only by an admin.
      access: { create: codeOnlyField, update: adminOnlyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
