// The story page's discussion panel shows the topic's replies, likes and views in words.
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { Discussion } from '@/src/components/site/Discussion'
import type { StoryDiscussion } from '@/src/site/toDiscussion'

const discussion = (extra: Partial<StoryDiscussion> = {}): StoryDiscussion => ({
  topicUrl: 'http://127.0.0.1:4200/t/three-hundred-trees/10',
  replyCount: 2,
  likeCount: 5,
  views: 1234,
  latestReplies: [],
  ...extra,
})
const render = (d: StoryDiscussion) => renderToStaticMarkup(h(Discussion, d))
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')

describe('the discussion panel', () => {
  it('shows the like count and views beside the reply count, as text', () => {
    const html = render(discussion())
    expect(html).toContain('<span data-testid="reply-count">2 replies</span>')
    expect(html).toContain('<span data-testid="like-count">5 likes</span>')
    expect(html).toContain('<span data-testid="view-count">1,234 views</span>')
    expect(text(html)).toContain('2 replies, 5 likes and 1,234 views on the forum.')
  })

  it('words one and none plainly', () => {
    expect(text(render(discussion({ replyCount: 1, likeCount: 1, views: 1 })))).toContain(
      '1 reply, 1 like and 1 view on the forum.',
    )
    expect(text(render(discussion({ replyCount: 0, likeCount: 0, views: 0 })))).toContain(
      'No replies yet, 0 likes and 0 views on the forum.',
    )
  })

  it('keeps the link to the topic and the latest replies', () => {
    const html = render(
      discussion({
        latestReplies: [
          {
            id: 21,
            postNumber: 2,
            username: 'sally_ride',
            name: 'Sally Ride',
            avatarUrl: '',
            excerpt: 'Count me in.',
            createdAt: '2026-11-24T10:00:00.000Z',
            url: 'http://127.0.0.1:4200/t/three-hundred-trees/10/2',
          },
        ],
      }),
    )
    expect(html).toContain(
      '<a class="button" href="http://127.0.0.1:4200/t/three-hundred-trees/10">Join the discussion',
    )
    expect(html).toContain('<a href="http://127.0.0.1:4200/t/three-hundred-trees/10/2">Read reply')
  })
})
