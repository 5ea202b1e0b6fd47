import type { StoryDiscussion } from '@/src/site/toDiscussion'

const repliesText = (n: number) =>
  n === 0 ? 'No replies yet' : n === 1 ? '1 reply' : `${n} replies`
const countText = (n: number, one: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`

/**
 * "Join the discussion": the story's forum topic, its reply, like and view counts (in words, so
 * they read the same to everyone) and the latest replies as the bridge last saw them. The page
 * never calls the forum; it shows the stored snapshot.
 */
export const Discussion = ({
  topicUrl,
  replyCount,
  likeCount,
  views,
  latestReplies,
}: StoryDiscussion) => (
  <section className="discussion" aria-labelledby="discussion-heading">
    <h2 id="discussion-heading">Join the discussion</h2>
    <p>
      <span data-testid="reply-count">{repliesText(replyCount)}</span>,{' '}
      <span data-testid="like-count">{countText(likeCount, 'like')}</span> and{' '}
      <span data-testid="view-count">{countText(views, 'view')}</span> on the forum.{' '}
      <a className="button" href={topicUrl}>
        Join the discussion<span className="visually-hidden"> on the forum</span>
      </a>
    </p>
    {latestReplies.length > 0 ? (
      <>
        <h3>Latest replies</h3>
        <ol className="replies" data-testid="latest-replies">
          {latestReplies.map((reply) => (
            <li key={reply.id} className="reply">
              <p className="meta">
                <strong>{reply.name || reply.username}</strong>{' '}
                <time dateTime={reply.createdAt}>
                  {new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
                    new Date(reply.createdAt),
                  )}
                </time>
              </p>
              <blockquote cite={reply.url}>
                <p>{reply.excerpt}</p>
              </blockquote>
              <a href={reply.url}>
                Read reply
                <span className="visually-hidden"> by {reply.name || reply.username}</span>
              </a>
            </li>
          ))}
        </ol>
      </>
    ) : null}
  </section>
)
