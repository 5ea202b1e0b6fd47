import type { Story } from '../payload-types'
import type { StoryCard } from './StoryCard'
import type { StoryDiscussion } from './toDiscussion'

/** The story page: the card's fields plus the body and the discussion snapshot. */
export type StoryPageData = StoryCard & {
  body: Story['body']
  tags: string[]
  language: string | null
  discussion: StoryDiscussion | null
}
