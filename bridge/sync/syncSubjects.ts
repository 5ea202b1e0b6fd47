import type { Event, Story } from '@/types/payload-types'
import type { BridgeSettings } from '../bridgeSettings'
import type { DesiredTopic } from './DesiredTopic'
import { renderStoryTopic } from './renderStoryTopic'
import { renderEventTopic } from './renderEventTopic'

export type SyncedCollection = 'stories' | 'events'

/**
 * One entry per collection whose documents become forum topics. Stories and events share
 * the whole outbox, worker and reconciliation; only "is it public" and "render" differ.
 */
export type SyncSubject = {
  collection: SyncedCollection
  /** Prefix of the stable external_id given to Discourse (at most 50 characters in all). */
  externalIdPrefix: string
  isPublic: (doc: Record<string, unknown>) => boolean
  render: (doc: never, settings: BridgeSettings) => DesiredTopic
}

const subjects: Record<SyncedCollection, SyncSubject> = {
  stories: {
    collection: 'stories',
    externalIdPrefix: 'space-story-',
    isPublic: (doc) => doc.status === 'published',
    render: (doc: Story, settings) => renderStoryTopic(doc, settings),
  } as SyncSubject,
  events: {
    collection: 'events',
    externalIdPrefix: 'space-event-',
    isPublic: (doc) => doc.publication === 'published',
    render: (doc: Event, settings) => renderEventTopic(doc, settings),
  } as SyncSubject,
}

export const syncSubject = (collection: SyncedCollection): SyncSubject => subjects[collection]

export const isSyncedCollection = (slug: string): slug is SyncedCollection => slug in subjects
