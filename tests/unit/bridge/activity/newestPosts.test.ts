import { newestPosts } from '@/bridge/activity/newestPosts'

const post = (n: number) => ({
  id: 100 + n,
  post_number: n,
  username: `user${n}`,
  avatar_template: '/a/{size}.png',
  cooked: `<p>Reply ${n}</p>`,
  created_at: '2026-11-01T10:00:00Z',
})
const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

const topicOf = (total: number) => ({
  id: 7,
  slug: 'river-walk',
  posts_count: total,
  // The topic view's first chunk: 20 posts at most; the stream lists every id.
  post_stream: {
    posts: numbers(1, Math.min(total, 20)).map(post),
    stream: numbers(101, 100 + total),
  },
})

const recordingClient = () => {
  const asked: number[][] = []
  return {
    asked,
    getTopicPosts: async (_topicId: number, ids: number[]) => {
      asked.push(ids)
      return ids.map((id) => post(id - 100))
    },
  }
}

describe('newestPosts', () => {
  it('asks for nothing more when the first chunk holds the newest replies', async () => {
    const client = recordingClient()
    const posts = await newestPosts(client, topicOf(20))
    expect(posts).toHaveLength(20)
    expect(client.asked).toEqual([])
  })

  it('fetches the newest five replies by id, in one request, when the topic has more than 20 posts', async () => {
    const client = recordingClient()
    const posts = await newestPosts(client, topicOf(40))
    expect(client.asked).toEqual([[136, 137, 138, 139, 140]])
    expect(posts.map((p) => p.post_number)).toContain(40)
  })

  it('fetches only the ones the chunk lacks', async () => {
    const client = recordingClient()
    await newestPosts(client, topicOf(22))
    expect(client.asked).toEqual([[121, 122]])
  })
})
