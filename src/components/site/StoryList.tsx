import type { StoryCard } from '@/src/site/StoryCard'
import { StoryCardItem } from './StoryCardItem'

type Props = { stories: StoryCard[]; headingLevel?: 2 | 3; empty?: string }

export const StoryList = ({ stories, headingLevel, empty = 'No stories yet.' }: Props) =>
  stories.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ul className="card-list">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCardItem story={story} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
