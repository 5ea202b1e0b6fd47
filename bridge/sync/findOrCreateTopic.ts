import type { Payload } from 'payload'
import type { DiscourseClient, Topic } from '../discourse'
import type { SyncedCollection, WantedTopic } from '../outbox/subjects'
import type { SyncRecord } from '../outbox/SyncRecord'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import { externalIdTaken, withFreeTitle } from './withFreeTitle'

/** Where a document's topic is: what the record keeps of it. */
type TopicLink = {
  topicId: number
  topicSlug: string
  topicUrl: string
  firstPostId?: number
}

type FoundOrCreated =
  /** Nothing on the forum and nothing to publish (the document is not public). */
  | { kind: 'none' }
  | { kind: 'created'; link: TopicLink; title: string }
  /** A topic an earlier attempt made (its answer lost, or a racing create): adopted as it is. */
  | { kind: 'adopted'; link: TopicLink; topic: Topic }

// A real forum may show a deleted topic to a staff key (200 with deleted_at) instead of a 404.
export const liveOrNull = (topic: Topic | null) => (topic && !topic.deleted_at ? topic : null)

/**
 * The embed URL a document's topic is created with: its public page, made unique per document
 * by its external_id. Discourse refuses a second topic with an embed URL already used (even by
 * a closed or deleted topic), so a story re-created under the same slug gets its own topic.
 */
export const embedUrlFor = (pageUrl: string, externalId: string) => {
  const url = new URL(pageUrl)
  url.searchParams.set('topic', externalId)
  return url.toString()
}

const linkOf = (client: DiscourseClient, topic: { id: number; slug: string }): TopicLink => ({
  topicId: topic.id,
  topicSlug: topic.slug,
  topicUrl: client.topicUrl(topic),
})

/**
 * Finds the topic a document without a topic id already has, or creates it. Exactly one topic
 * per document: whenever an earlier attempt may have reached the forum (`attempts` > 0) the
 * topic is looked up by external_id first, even when the document is no longer public (so a
 * topic a lost create left behind gets unlisted); `attempts` is persisted before a create
 * leaves; and Discourse's unique external_id turns a racing second create into an adoption.
 */
export const findOrCreateTopic = async (
  { payload, client }: { payload: Payload; client: DiscourseClient },
  {
    collection,
    id,
    record,
    desired,
  }: {
    collection: SyncedCollection
    id: string
    record: SyncRecord & { externalId: string }
    desired: WantedTopic
  },
): Promise<FoundOrCreated> => {
  const { externalId } = record
  let found: Topic | null = null
  if (Number(record.attempts ?? 0) > 0)
    found = liveOrNull(await client.getTopicByExternalId(externalId))
  if (!found && !desired.visible) return { kind: 'none' }
  if (!found) {
    // "A create may be in flight" is durable before the create leaves, so any retry looks up first.
    await writeSyncRecord(payload, collection, id, (cur) => ({
      attempts: Number(cur.attempts ?? 0) + 1,
    }))
    try {
      const { result, title } = await withFreeTitle(desired.title, desired.renderedTitle, (t) =>
        client.createTopic({
          ...desired,
          title: t,
          embedUrl: embedUrlFor(desired.embedUrl, externalId),
          externalId,
        }),
      )
      const link = linkOf(client, { id: result.topicId, slug: result.topicSlug })
      return { kind: 'created', link: { ...link, firstPostId: result.postId }, title }
    } catch (err) {
      if (!externalIdTaken(err)) throw err
      found = liveOrNull(await client.getTopicByExternalId(externalId))
      if (!found) throw err
    }
  }
  return { kind: 'adopted', link: linkOf(client, found), topic: found }
}
