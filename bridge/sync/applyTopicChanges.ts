import type { DiscourseClient } from '../discourse'
import type { WantedTopic } from '../outbox/subjects'
import type { Drift } from './topicDrift'
import { firstPostIdOf } from './topicDrift'
import type { TopicFingerprint } from './topicFingerprint'
import { withFreeTitle } from './withFreeTitle'

/** Which of a topic's three parts a sync writes: one request each. */
export type TopicChanges = { post: boolean; meta: boolean; visible: boolean }

/** What changed since the last write, by its fingerprint (unknown: everything). */
export const changesSince = (
  prev: TopicFingerprint | null,
  next: TopicFingerprint,
): TopicChanges => ({
  post: !prev || prev.post !== next.post,
  meta: !prev || prev.meta !== next.meta,
  visible: !prev || prev.visible !== next.visible,
})

/** What differs on the forum (an adopted topic, whose contents Space never wrote or does not know). */
export const changesFromDrifts = (drifts: Drift[]): TopicChanges => ({
  post: drifts.some((d) => d.kind === 'content'),
  meta: drifts.some((d) => d.kind === 'title' || d.kind === 'category' || d.kind === 'tags'),
  visible: drifts.some((d) => d.kind === 'visibility'),
})

export const nothingToChange = (c: TopicChanges) => !c.post && !c.meta && !c.visible

/**
 * Writes the parts of a topic that differ: the first post, then title, category and tags in
 * one topic update (a title another topic has is sent as "Title · 2" …), then visibility.
 * Returns the first post's id and the title the forum now has, when the update sent one.
 * Errors propagate (a 404 means the topic was deleted on the forum).
 */
export const applyTopicChanges = async (
  client: DiscourseClient,
  link: { topicId: number; firstPostId?: number },
  desired: WantedTopic,
  changes: TopicChanges,
): Promise<{ firstPostId?: number; title?: string }> => {
  const { topicId } = link
  let firstPostId = link.firstPostId
  if (changes.post) {
    firstPostId ??= firstPostIdOf(await client.getTopic(topicId))
    if (firstPostId) await client.updateFirstPost(firstPostId, desired.raw, 'Updated from Space')
  }
  let title: string | undefined
  if (changes.meta)
    ({ title } = await withFreeTitle(desired.title, desired.renderedTitle, (t) =>
      client.updateTopic(topicId, { title: t, categoryId: desired.categoryId, tags: desired.tags }),
    ))
  if (changes.visible) await client.setTopicStatus(topicId, 'visible', desired.visible)
  return { firstPostId, title }
}
