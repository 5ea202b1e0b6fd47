import Link from 'next/link'
import type { StoryCard } from '@/src/site/StoryCard'
import { PublishedDate } from './PublishedDate'

type Props = { story: StoryCard; headingLevel?: 2 | 3 }

/** One story in a list: the title is the link; cover images in lists are decorative (alt=""). */
export const StoryCardItem = ({ story, headingLevel = 3 }: Props) => {
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card">
      {story.cover ? (
        // Plain img: media is served by Payload with its own sizes; the title says what the story is.
        <img
          className="card__image"
          src={story.cover.url}
          alt=""
          width={story.cover.width ?? undefined}
          height={story.cover.height ?? undefined}
          loading="lazy"
        />
      ) : null}
      <Heading className="card__title">
        <Link href={`/stories/${story.slug}`}>{story.title}</Link>
      </Heading>
      <p className="meta">
        <PublishedDate value={story.publishedAt} />
        {story.authorNames ? <> · {story.authorNames}</> : null}
        {story.category ? <> · {story.category.name}</> : null}
        {story.replyCount > 0 ? (
          <> · {story.replyCount === 1 ? '1 reply' : `${story.replyCount} replies`}</>
        ) : null}
      </p>
      {story.summary ? <p>{story.summary}</p> : null}
    </article>
  )
}
