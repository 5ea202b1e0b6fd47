import type { Payload, Where } from 'payload'
import type { Event, Story } from '@/types/payload-types'
import type { BridgeSettings } from '../bridgeSettings'
import type { DesiredTopic } from '../sync/DesiredTopic'
import { renderStoryTopic } from '../sync/renderStoryTopic'
import { renderEventTopic } from '../sync/renderEventTopic'
import type { SyncRecord } from './SyncRecord'

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
  /** The field whose value `published` makes a document public (isPublic and publishedWhere). */
  publishedField: 'status' | 'publication'
  isPublic: (doc: Partial<SyncedDoc<C>>) => boolean
  render: (doc: SyncedDoc<C>, settings: BridgeSettings) => DesiredTopic
}

const subjects: { [C in SyncedCollection]: SyncSubject<C> } = {
  stories: {
    collection: 'stories',
    externalIdPrefix: 'space-story-',
    publishedField: 'status',
    isPublic: (doc) => doc.status === 'published',
    render: renderStoryTopic,
  },
  events: {
    collection: 'events',
    externalIdPrefix: 'space-event-',
    publishedField: 'publication',
    isPublic: (doc) => doc.publication === 'published',
    render: renderEventTopic,
  },
}

/** The synced collections: the only list (the sweep, the admin commands and the hooks use it). */
export const SYNCED_COLLECTIONS = Object.keys(subjects) as SyncedCollection[]

export const syncSubject = <C extends SyncedCollection>(collection: C): SyncSubject<C> =>
  subjects[collection]

export const isSyncedCollection = (slug: string): slug is SyncedCollection => slug in subjects

/** The `where` that selects a collection's published documents (what isPublic says of one). */
export const publishedWhere = (collection: SyncedCollection): Where => ({
  [syncSubject(collection).publishedField]: { equals: 'published' },
})

/** The title the forum gets on the n-th try after "already used" (n ≥ 2). */
export const disambiguatedTitle = (title: string, n: number) => `${title} · ${n}`

/** "Title · 2" for "Title": the title a topic got when Discourse refused the rendered one as taken. */
export const isDisambiguatedTitle = (title: string, forumTitle: string) =>
  forumTitle.startsWith(`${title} · `) && /^\d+$/.test(forumTitle.slice(title.length + 3))

/** The topic Space wants, and the title its rendering gave before any disambiguation. */
export type WantedTopic = DesiredTopic & { renderedTitle: string }

/**
 * The topic Space wants on the forum for a document: its rendering, under the forum title the
 * bridge recorded (`discourse.forumTitle`, "Title · 2") while the rendered title is the one
 * that forum title was made from. A changed title is tried plain again.
 */
export const desiredTopic = <C extends SyncedCollection>(
  collection: C,
  doc: SyncedDoc<C>,
  settings: BridgeSettings,
): WantedTopic => {
  const rendered = syncSubject(collection).render(doc, settings)
  const forumTitle = (doc.discourse as SyncRecord | null | undefined)?.forumTitle
  const title =
    forumTitle && isDisambiguatedTitle(rendered.title, forumTitle) ? forumTitle : rendered.title
  return { ...rendered, title, renderedTitle: rendered.title }
}

/** Reads a document afresh (depth 1: category and authors, as the sync reads it) and renders its desired topic. */
export const readDesiredTopic = async (
  payload: Payload,
  settings: BridgeSettings,
  { collection, id }: { collection: SyncedCollection; id: string | number },
): Promise<WantedTopic> => {
  const doc = await payload.findByID({ collection, id, depth: 1, overrideAccess: true })
  return desiredTopic(collection, doc, settings)
}
