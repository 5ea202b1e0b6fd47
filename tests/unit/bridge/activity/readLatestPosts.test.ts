import { MAX_POST_PAGES, readLatestPosts } from '@/bridge/activity/readLatestPosts'

/** A forum of `count` posts (ids 1..count, one a minute), topic = id % 3, served as Discourse does. */
const forum = (count: number) => {
  const asked: Array<number | undefined> = []
  const posts = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    topic_id: (i + 1) % 3,
    topic_slug: 't',
    post_number: 2,
    username: 'u',
    avatar_template: '',
    cooked: '',
    created_at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
  }))
  return {
    asked,
    listLatestPosts: async (before?: number) => {
      asked.push(before)
      const top = before ?? count
      return posts.filter((p) => p.id <= top && p.id > top - 50).reverse()
    },
  }
}
describe('readLatestPosts', () => {
  it('pages back with the lowest id seen until it is past `since`', async () => {
    const client = forum(120)
    const since = new Date(Date.UTC(2026, 10, 1, 0, 60)) // post 61 onwards is new
    const read = await readLatestPosts(client, { wanted: new Set([1]), since })
    expect(client.asked).toEqual([undefined, 71])
    expect(read).toMatchObject({ reachedSince: true, pagesRead: 2 })
    expect(read.byTopic.get(1)!.map((p) => p.id)).toEqual(
      // Topic 1's posts of both pages (ids 22..120), newest first.
      Array.from({ length: 120 - 22 + 1 }, (_, i) => 120 - i).filter((id) => id % 3 === 1),
    )
  })

  it('reads at most MAX_POST_PAGES pages', async () => {
    const client = forum(1000)
    const read = await readLatestPosts(client, { wanted: new Set([0]), since: new Date(0) })
    expect(read).toMatchObject({ reachedSince: false, pagesRead: MAX_POST_PAGES })
  })

  it('stops at the forum’s first post', async () => {
    const client = forum(30)
    const read = await readLatestPosts(client, { wanted: new Set([0]), since: null })
    expect(read).toMatchObject({ reachedSince: false, pagesRead: 1 })
  })
})
