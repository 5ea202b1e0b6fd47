import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Discussion } from '@/src/components/site/Discussion'
import { PublishedDate } from '@/src/components/site/PublishedDate'
import { RichTextBody } from '@/src/components/site/RichTextBody'
import { StoryByline } from '@/src/components/site/StoryByline'
import { StoryTags } from '@/src/components/site/StoryTags'
import { findStoryBySlug } from '@/src/site/findStoryBySlug'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await findStoryBySlug((await params).slug)
  return story
    ? { title: story.title, description: story.summary ?? undefined }
    : { title: 'Not found' }
}

/** A story: title, byline (linked to the authors' pages), cover with its alt text, the body, its tags, and the forum discussion. */
export default async function StoryPage({ params }: Props) {
  const story = await findStoryBySlug((await params).slug)
  if (!story) notFound()
  return (
    <article
      className="story"
      lang={story.language && story.language !== 'other' ? story.language : undefined}
    >
      <header>
        {story.category ? (
          <p className="eyebrow">
            <a href={`/stories?category=${encodeURIComponent(story.category.slug)}`}>
              {story.category.name}
            </a>
          </p>
        ) : null}
        <h1>{story.title}</h1>
        <p className="meta">
          {story.authors.length || story.authorNames ? (
            <>
              <StoryByline authors={story.authors} authorNames={story.authorNames} /> ·{' '}
            </>
          ) : null}
          <PublishedDate value={story.publishedAt} />
        </p>
        {story.summary ? <p className="lead">{story.summary}</p> : null}
      </header>
      {story.cover ? (
        <figure className="cover">
          <img
            src={story.cover.url}
            alt={story.cover.alt}
            width={story.cover.width ?? undefined}
            height={story.cover.height ?? undefined}
          />
        </figure>
      ) : null}
      <RichTextBody data={story.body} />
      <StoryTags tags={story.tags} />
      {story.discussion ? <Discussion {...story.discussion} /> : null}
    </article>
  )
}
