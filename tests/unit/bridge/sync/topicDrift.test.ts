import { describe, expect, it } from '@jest/globals'
import type { Topic } from '@/bridge/discourse'
import { topicDrifts } from '@/bridge/sync/topicDrift'
import { changesFromDrifts } from '@/bridge/sync/applyTopicChanges'

const desired = {
  title: 'Three hundred trees along the lagoon',
  raw: 'We planted trees.\n',
  categoryId: 5,
  tags: ['trees', 'lagos'],
  embedUrl: 'https://space.example/stories/trees',
  visible: true,
}
const topic = (extra: Partial<Topic> = {}) =>
  ({
    id: 1,
    title: desired.title,
    category_id: 5,
    tags: [
      { id: 1, name: 'lagos', slug: 'lagos' },
      { id: 2, name: 'trees', slug: 'trees' },
    ],
    visible: true,
    post_stream: { posts: [] },
    ...extra,
  }) as unknown as Topic

describe('topicDrifts', () => {
  it('finds nothing when the topic says what Space would write (tags in any order, as objects or names)', () => {
    expect(topicDrifts(topic(), 'We planted trees.', desired)).toEqual([])
    expect(topicDrifts(topic({ tags: ['Trees', 'lagos'] }), 'We planted trees.', desired)).toEqual(
      [],
    )
  })

  it('names each part that differs, tags and category included', () => {
    const drifts = topicDrifts(
      topic({ title: 'Retitled', category_id: 4, tags: ['moved'], visible: false }),
      'Rewritten.',
      desired,
    )
    expect(drifts.map((d) => d.kind)).toEqual([
      'title',
      'category',
      'tags',
      'visibility',
      'content',
    ])
    expect(drifts.find((d) => d.kind === 'tags')).toMatchObject({
      forum: 'moved',
      space: 'lagos, trees',
    })
    expect(changesFromDrifts(drifts)).toEqual({ post: true, meta: true, visible: true })
  })

  it('maps tag drift alone to one topic update, nothing else', () => {
    expect(
      changesFromDrifts(topicDrifts(topic({ tags: [] }), 'We planted trees.', desired)),
    ).toEqual({ post: false, meta: true, visible: false })
  })
})
