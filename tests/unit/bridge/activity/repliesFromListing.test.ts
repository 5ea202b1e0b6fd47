import { repliesFromListing, type StoredDiscussion } from '@/bridge/activity/repliesFromListing'
import { toLatestReply, type Post } from '@/bridge/activity/activityFromTopic'

const FORUM = 'https://forum.example'
const topic = { id: 7, slug: 'river-walk' }
const post = (n: number, username: string): Post => ({
  id: 100 + n,
  post_number: n,
  username,
  avatar_template: '/a/{size}.png',
  cooked: `<p>Reply ${n}</p>`,
  created_at: `2026-11-01T10:${String(n).padStart(2, '0')}:00Z`,
})
const opts = { forumUrl: FORUM, opUsername: 'system' }
/** The snapshot a refresh left after replies 2..n by these authors. */
const stored = (authors: string[], participants: number): StoredDiscussion => ({
  replyCount: authors.length,
  participants,
  latestReplies: authors
    .map((u, i) => toLatestReply(post(i + 2, u), topic, FORUM))
    .reverse()
    .slice(0, 5),
})
const listed = (replyCount: number, posts: Post[], complete = true) => ({
  topic: { ...topic, replyCount },
  posts,
  complete,
})

describe('repliesFromListing', () => {
  it('counts a topic whose every post is in view, first post included', () => {
    const result = repliesFromListing(
      stored([], 0),
      listed(2, [post(3, 'amina'), post(2, 'amina'), post(1, 'system')], false),
      opts,
    )
    expect(result?.participants).toBe(2)
    expect(result?.latestReplies.map((r) => r.postNumber)).toEqual([3, 2])
  })

  it('adds new replies to the stored ones; an author already in them is no new participant', () => {
    const result = repliesFromListing(stored(['amina', 'bo'], 3), listed(3, [post(4, 'bo')]), opts)
    expect(result?.latestReplies.map((r) => r.postNumber)).toEqual([4, 3, 2])
    expect(result?.participants).toBe(3)
  })

  it('counts an unknown author as new when the known authors are all the participants', () => {
    const result = repliesFromListing(
      stored(['amina', 'bo'], 3),
      listed(4, [post(5, 'chen'), post(4, 'dara')]),
      opts,
    )
    expect(result?.participants).toBe(5)
    expect(result?.latestReplies.map((r) => r.postNumber)).toEqual([5, 4, 3, 2])
  })

  it('keeps the newest five', () => {
    const result = repliesFromListing(
      stored(['a', 'b', 'c', 'd', 'e'], 6),
      listed(7, [post(8, 'a'), post(7, 'b')]),
      opts,
    )
    expect(result?.latestReplies.map((r) => r.postNumber)).toEqual([8, 7, 6, 5, 4])
  })

  it('cannot tell when an unknown author may have posted before (more participants than known)', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f']
    expect(repliesFromListing(stored(six, 7), listed(7, [post(8, 'zed')]), opts)).toBeNull()
  })

  it('cannot tell when the listing did not reach back far enough', () => {
    expect(repliesFromListing(stored(['a'], 2), listed(2, [post(3, 'a')], false), opts)).toBeNull()
  })

  it('cannot tell when the count moved by other than the replies seen (one was deleted)', () => {
    expect(repliesFromListing(stored(['a', 'b'], 3), listed(2, [post(4, 'a')]), opts)).toBeNull()
  })

  it('does not build on a snapshot that never matched its count', () => {
    const broken = { replyCount: 2, participants: 3, latestReplies: [] }
    expect(repliesFromListing(broken, listed(3, [post(4, 'a')]), opts)).toBeNull()
  })
})
