import { activityFromTopic } from '@/bridge/activity/activityFromTopic'

const post = (n: number) => ({
  id: 100 + n,
  post_number: n,
  username: `user${n}`,
  name: n === 3 ? null : `User ${n}`,
  avatar_template: '/user_avatar/forum/user/{size}/1.png',
  cooked: `<p>Reply <b>number</b> ${n} &amp; more</p>`,
  created_at: `2026-11-0${n}T10:00:00Z`,
})

describe('activityFromTopic', () => {
  const topic = {
    id: 7,
    slug: 'tree-planting',
    posts_count: 4,
    like_count: 9,
    views: 120,
    participant_count: 3,
    last_posted_at: '2026-11-04T10:00:00Z',
    post_stream: { posts: [1, 2, 3, 4].map(post) },
  }

  it('counts replies as posts minus the first, and carries likes, views and participants', () => {
    expect(activityFromTopic(topic, 'https://forum.example')).toMatchObject({
      replyCount: 3,
      likeCount: 9,
      views: 120,
      participants: 3,
      lastActivityAt: '2026-11-04T10:00:00Z',
    })
  })

  it('snapshots the latest replies newest first, as plain text with absolute links', () => {
    const { latestReplies } = activityFromTopic(topic, 'https://forum.example')
    expect(latestReplies.map((r) => r.postNumber)).toEqual([4, 3, 2])
    expect(latestReplies[0]).toEqual({
      id: 104,
      postNumber: 4,
      username: 'user4',
      name: 'User 4',
      avatarUrl: 'https://forum.example/user_avatar/forum/user/90/1.png',
      excerpt: 'Reply number 4 & more',
      createdAt: '2026-11-04T10:00:00Z',
      url: 'https://forum.example/t/tree-planting/7/4',
    })
  })
})
