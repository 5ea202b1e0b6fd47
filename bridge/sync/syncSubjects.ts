import type { Event, Story } from '@/types/payload-types'
import type { BridgeSettings } from '../bridgeSettings'
import type { DesiredTopic } from './DesiredTopic'
import { renderStoryTopic } from './renderStoryTopic'
import { renderEventTopic } from './renderEventTopic'

export type SyncedCollection = 'stories' | 'events'

/** The generated document type of each synced collection. */
export type SyncedDoc<C extends SyncedCollection = SyncedCollection> = {
  stories: Story
  events: Event
}[C]

/**
 * One entry per collection whose documents become forum topics. Stories and events share
 * the whole outbox, worker and reconciliation; only "is it public" and "render" differ.
 */
export type SyncSubject<C extends SyncedCollection = SyncedCollection> = {
  collection: C
  /** Prefix of the stable external_id given to Discourse (at most 50 characters in all). */
  externalIdPrefix: string
  isPublic: (doc: Partial<SyncedDoc<C>>) => boolean
  render: (doc: SyncedDoc<C>, settings: BridgeSettings) => DesiredTopic
}

const subjects: { [C in SyncedCollection]: SyncSubject<C> } = {
  stories: {
    collection: 'stories',
    externalIdPrefix: 'space-story-',
    isPublic: (doc) => doc.status === 'published',
    render: renderStoryTopic,
  },
  events: {
    collection: 'events',
    externalIdPrefix: 'space-event-',
    isPublic: (doc) => doc.publication === 'published',
    render: renderEventTopic,
  },
}

export const syncSubject = <C extends SyncedCollection>(collection: C): SyncSubject<C> =>
  subjects[collection]

export const isSyncedCollection = (slug: string): slug is SyncedCollection => slug in subjects
