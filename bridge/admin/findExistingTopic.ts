import type { DiscourseClient, Topic } from '../discourse'

/**
 * What Discourse's GET /embed/info.json?embed_url=… answers (EmbedController#info,
 * TopicEmbedSerializer; admin API key only, 404 when no topic embeds that URL). Not in the
 * published OpenAPI document; a client that offers it exposes `getTopicByEmbedUrl`.
 */
export type EmbedInfo = { topic_id: number; post_id?: number; topic_slug?: string }
type EmbedLookup = { getTopicByEmbedUrl?: (embedUrl: string) => Promise<EmbedInfo | Topic | null> }

export type ExistingTopic = { topic: Topic; foundBy: 'external_id' | 'embed_url' }

/** True when this client can look a topic up by its embed URL. */
export const canLookUpEmbedUrl = (client: DiscourseClient) =>
  typeof (client as DiscourseClient & EmbedLookup).getTopicByEmbedUrl === 'function'

/**
 * The forum topic that already stands for a document: first by our external_id (Space's
 * own earlier topics), then by embed_url (topics made by WP-Discourse or Discourse's
 * embedding for the same public URL). GETs only; never creates anything.
 */
export const findExistingTopic = async (
  client: DiscourseClient,
  { externalId, embedUrl }: { externalId?: string | null; embedUrl: string },
): Promise<ExistingTopic | null> => {
  if (externalId) {
    const topic = await client.getTopicByExternalId(externalId)
    if (topic) return { topic, foundBy: 'external_id' }
  }
  const lookup = (client as DiscourseClient & EmbedLookup).getTopicByEmbedUrl
  if (!lookup) return null
  const found = await lookup(embedUrl)
  if (!found) return null
  const topicId = 'topic_id' in found ? found.topic_id : found.id
  const topic = 'post_stream' in found ? (found as Topic) : await client.getTopic(Number(topicId))
  return { topic, foundBy: 'embed_url' }
}
