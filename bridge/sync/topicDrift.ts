import type { Topic } from '../discourse'
import type { DesiredTopic } from './DesiredTopic'

export type DriftKind = 'missing_topic' | 'title' | 'category' | 'tags' | 'content' | 'visibility'
export type Drift = { kind: DriftKind; forum?: string; space?: string }

/** Line endings and trailing space are the forum's business, not drift. */
const normalizeText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()

const excerpt = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** The topic's tag names, lower-cased and sorted (Discourse sends names or { name } objects). */
const tagNamesOf = (topic: Topic) =>
  (topic.tags ?? []).map((t) => (typeof t === 'string' ? t : t.name).toLowerCase()).sort()

/**
 * How a topic on the forum differs from the one Space wants: title, category (when Space
 * names one), tags, visibility and, given its raw Markdown, the first post. Pure: the caller
 * fetched the topic (and the post, or null when it has none).
 */
export const topicDrifts = (
  topic: Topic,
  firstPostRaw: string | null,
  desired: DesiredTopic,
): Drift[] => {
  const drifts: Drift[] = []
  if (normalizeText(topic.title) !== normalizeText(desired.title))
    drifts.push({ kind: 'title', forum: topic.title, space: desired.title })
  if (desired.categoryId !== undefined && topic.category_id !== desired.categoryId)
    drifts.push({
      kind: 'category',
      forum: String(topic.category_id ?? ''),
      space: String(desired.categoryId),
    })
  const forumTags = tagNamesOf(topic)
  const spaceTags = desired.tags.map((t) => t.toLowerCase()).sort()
  if (forumTags.join('\n') !== spaceTags.join('\n'))
    drifts.push({ kind: 'tags', forum: forumTags.join(', '), space: spaceTags.join(', ') })
  if (topic.visible !== desired.visible)
    drifts.push({
      kind: 'visibility',
      forum: topic.visible ? 'listed' : 'unlisted',
      space: desired.visible ? 'listed' : 'unlisted',
    })
  if (firstPostRaw === null)
    drifts.push({
      kind: 'content',
      forum: '(no first post)',
      space: excerpt(normalizeText(desired.raw)),
    })
  else if (normalizeText(firstPostRaw) !== normalizeText(desired.raw))
    drifts.push({
      kind: 'content',
      forum: excerpt(normalizeText(firstPostRaw)),
      space: excerpt(normalizeText(desired.raw)),
    })
  return drifts
}

/** The first post's id in a topic view (its first chunk of posts starts with it). */
export const firstPostIdOf = (topic: Topic): number | undefined =>
  topic.post_stream.posts.find((p) => p.post_number === 1)?.id

/**
 * Reads what the topic holds now (its first post's raw by `firstPostId`, else the topic
 * view's first post) and compares it with the desired topic. GETs only.
 */
export const readTopicDrifts = async (
  client: { getPost: (id: number) => Promise<{ raw: string }> },
  topic: Topic,
  desired: DesiredTopic,
  firstPostId = firstPostIdOf(topic),
): Promise<{ drifts: Drift[]; firstPostId?: number }> => {
  const raw = firstPostId ? (await client.getPost(firstPostId)).raw : null
  return { drifts: topicDrifts(topic, raw, desired), firstPostId }
}
