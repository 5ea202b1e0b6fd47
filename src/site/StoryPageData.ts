import type { Story } from '@/types/payload-types'
import type { AuthorLink } from './AuthorLink'
import type { StoryCard } from './StoryCard'
import type { StoryDiscussion } from './toDiscussion'

/** The story page: the card's fields plus the body, the byline's links and the discussion snapshot. */
export type StoryPageData = StoryCard & {
  body: Story['body']
  /** The byline's authors with their pages; empty when the story has none (then `authorNames` alone). */
  authors: AuthorLink[]
  tags: string[]
  language: string | null
  discussion: StoryDiscussion | null
}
