// What feeds the story page's discussion panel: the story's discourse group as the bridge wrote it.
import { toDiscussion } from '@/src/site/toDiscussion'

const topicUrl = 'http://127.0.0.1:4200/t/three-hundred-trees/10'

describe('toDiscussion', () => {
  it('carries the topic link, replies, likes and views', () => {
    expect(
      toDiscussion({ topicUrl, replyCount: 2, likeCount: 5, views: 40, latestReplies: [] }),
    ).toEqual({
      topicUrl,
      replyCount: 2,
      likeCount: 5,
      views: 40,
      latestReplies: [],
    })
  })

  it('is null until a topic is linked', () => {
    expect([
      toDiscussion(null),
      toDiscussion(undefined),
      toDiscussion({ topicUrl: null, likeCount: 3 }),
    ]).toEqual([null, null, null])
  })

  it('shows missing or nonsensical counts as 0 and a malformed snapshot as no replies', () => {
    expect(
      toDiscussion({
        topicUrl,
        replyCount: null,
        likeCount: -1,
        views: Number.NaN,
        latestReplies: [{ id: 'x' }],
      }),
    ).toEqual({
      topicUrl,
      replyCount: 0,
      likeCount: 0,
      views: 0,
      latestReplies: [],
    })
  })
})
