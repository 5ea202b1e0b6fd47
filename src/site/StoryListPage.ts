import type { StoryCard } from './StoryCard'

/** One page of a story list (the index, an author's, a tag's). */
export type StoryListPage = {
  stories: StoryCard[]
  page: number
  totalPages: number
  totalDocs: number
}
