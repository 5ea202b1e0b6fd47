import type { Story } from '../payload-types'
import type { LatestReply } from '../shared/latestReplies'
import type { StoryCard } from './StoryCard'

/** The story page: the card's fields plus the body and the discussion snapshot. */
export type StoryPageData = StoryCard & {
  body: Story['body']
  tags: string[]
  language: string | null
  discussion: { topicUrl: string; replyCount: number; latestReplies: LatestReply[] } | null
}
