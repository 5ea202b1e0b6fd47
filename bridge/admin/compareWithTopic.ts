import type { DiscourseClient } from '../discourse'
import type { DesiredTopic } from '../sync/DesiredTopic'

export type DriftKind = 'missing_topic' | 'title' | 'content' | 'visibility'
export type Drift = { kind: DriftKind; forum?: string; space?: string }

/** Line endings and trailing space are the forum's business, not drift. */
const normalize = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()

const excerpt = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/**
 * How a linked topic differs from what Space would write: the title, the first post's raw
 * Markdown, and whether it is listed. A topic that answers 404 is `missing_topic`.
 * Reads only: GET the topic, GET its first post.
 */
export const compareWithTopic = async (
  client: DiscourseClient,
  link: { topicId: number; firstPostId?: number | null },
  desired: DesiredTopic,
): Promise<{ drifts: Drift[]; firstPostId?: number }> => {
  const topic = await client.getTopic(link.topicId).catch((err: unknown) => {
    if ((err as { name?: string }).name === 'DiscourseNotFoundError') return null
    throw err
  })
  if (!topic || topic.deleted_at) return { drifts: [{ kind: 'missing_topic' }] }
  const drifts: Drift[] = []
  if (normalize(topic.title) !== normalize(desired.title))
    drifts.push({ kind: 'title', forum: topic.title, space: desired.title })
  if (topic.visible !== desired.visible)
    drifts.push({
      kind: 'visibility',
      forum: topic.visible ? 'listed' : 'unlisted',
      space: desired.visible ? 'listed' : 'unlisted',
    })
  const firstPostId =
    link.firstPostId ?? topic.post_stream.posts.find((p) => p.post_number === 1)?.id
  if (firstPostId) {
    const post = await client.getPost(firstPostId)
    if (normalize(post.raw) !== normalize(desired.raw))
      drifts.push({
        kind: 'content',
        forum: excerpt(normalize(post.raw)),
        space: excerpt(normalize(desired.raw)),
      })
  } else {
    drifts.push({
      kind: 'content',
      forum: '(no first post)',
      space: excerpt(normalize(desired.raw)),
    })
  }
  return { drifts, firstPostId }
}
