import { createHash } from 'node:crypto'
import type { DesiredTopic } from './DesiredTopic'

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)

/**
 * What was last written to the forum, in three parts, so an edit sends only what changed:
 * `meta` (title, category, tags: what one topic update sends), `post` (first post body) and
 * `visible`. Topics last written before tags were part of `meta` get one update on their next sync.
 */
export type TopicFingerprint = { meta: string; post: string; visible: boolean }

export const fingerprintOf = (topic: DesiredTopic): TopicFingerprint => ({
  meta: hash([topic.title, topic.categoryId ?? null, topic.tags]),
  post: hash(topic.raw),
  visible: topic.visible,
})

export const serializeFingerprint = (f: TopicFingerprint): string =>
  `${f.meta}:${f.post}:${f.visible ? 1 : 0}`

export const parseFingerprint = (value: string | null | undefined): TopicFingerprint | null => {
  const [meta, post, visible] = (value ?? '').split(':')
  return meta && post && visible ? { meta, post, visible: visible === '1' } : null
}
