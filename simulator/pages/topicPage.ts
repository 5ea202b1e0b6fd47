// The HTML page of one topic: title, posts rendered from their Markdown with author, time and
// likes, a like button per post and a reply form. Works without JavaScript (the page allows none).
import { COMMUNITY_USERNAMES } from '../seed'
import { topicStats } from '../serializers/topicStats'
import { ghostUser } from '../serializers/users'
import type { SimPost, SimTopic, SimulatorState } from '../state'
import { escapeHtml, layout } from './html'
import { renderMarkdown } from './markdown'

export type TopicPageOptions = {
  siteTitle: string
  token: string
  /** The post a /t/{slug}/{id}/{post_number} link points at. */
  target?: number
  errors?: string[]
  draft?: { raw: string; username: string }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
export const topicPath = (topic: SimTopic) => `/t/${topic.slug}/${topic.id}`

/** Closed or archived topics take no replies; archived ones take no likes either (as on Discourse). */
export const canReply = (topic: SimTopic) => !topic.closed && !topic.archived
export const canLike = (topic: SimTopic) => !topic.archived

const tokenField = (token: string) =>
  `<input type="hidden" name="token" value="${escapeHtml(token)}">`

const renderPost = (
  state: SimulatorState,
  topic: SimTopic,
  post: SimPost,
  opts: TopicPageOptions,
) => {
  const author = state.users.get(post.user_id) ?? ghostUser
  const who = escapeHtml(author.name || author.username)
  const likeForm = canLike(topic)
    ? `<form method="post" action="/t/${topic.id}/posts/${post.post_number}/like">${tokenField(opts.token)}<button type="submit">Like<span class="visually-hidden"> post #${post.post_number} by ${who}</span></button></form>`
    : ''
  return `<article class="post${opts.target === post.post_number ? ' target' : ''}" id="post_${post.post_number}" data-post-number="${post.post_number}">
<header><strong class="author">${who}</strong> <span class="username">@${escapeHtml(author.username)}</span> ·
<time datetime="${escapeHtml(post.created_at)}">${escapeHtml(when(post.created_at))}</time> ·
<a href="${topicPath(topic)}/${post.post_number}">#${post.post_number}</a></header>
<div class="cooked">${renderMarkdown(post.raw)}</div>
<footer><span class="likes" data-testid="like-count">${plural(post.like_count, 'like')}</span>${likeForm}</footer>
</article>`
}

const replyForm = (state: SimulatorState, topic: SimTopic, opts: TopicPageOptions) => {
  if (!canReply(topic))
    return '<p><strong>This topic is closed:</strong> it takes no new replies.</p>'
  const chosen = opts.draft?.username ?? COMMUNITY_USERNAMES[0]
  const options = COMMUNITY_USERNAMES.map((username) => {
    const user = [...state.users.values()].find((u) => u.username === username)
    const label = user ? `${user.name} (@${username})` : `@${username}`
    return `<option value="${escapeHtml(username)}"${username === chosen ? ' selected' : ''}>${escapeHtml(label)}</option>`
  }).join('')
  const errors = opts.errors?.length
    ? `<div class="errors" role="alert"><p>The reply was not posted:</p><ul>${opts.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>`
    : ''
  return `<form method="post" action="/t/${topic.id}/reply" class="reply-form">
${errors}${tokenField(opts.token)}
<p><label for="reply-username">Post as (a simulated community member)</label><br><select id="reply-username" name="username">${options}</select></p>
<p><label for="reply-raw">Your reply (Markdown)</label><br><textarea id="reply-raw" name="raw" required>${escapeHtml(opts.draft?.raw ?? '')}</textarea></p>
<p><button type="submit">Post reply</button></p>
</form>`
}

export const renderTopicPage = (
  state: SimulatorState,
  topic: SimTopic,
  opts: TopicPageOptions,
): string => {
  const stats = topicStats(state, topic)
  const [first, ...replies] = stats.posts
  const category = state.categories.get(topic.category_id)
  const flags = [
    topic.closed && 'Closed',
    topic.archived && 'Archived',
    !topic.visible && 'Unlisted',
  ].filter(Boolean)
  const jump =
    opts.target && opts.target > 1
      ? `<p><a href="#post_${opts.target}">Go to the linked post (#${opts.target})</a></p>`
      : ''
  const body = `<p class="category">${escapeHtml(category?.name ?? 'Uncategorized')}${flags.length ? ` · ${flags.join(' · ')}` : ''}</p>
<h1 data-testid="topic-title">${escapeHtml(topic.title)}</h1>
<p class="stats" data-testid="topic-stats">${plural(stats.replyCount, 'reply', 'replies')} · ${plural(stats.likeCount, 'like')} · ${plural(topic.views, 'view')}</p>
${jump}${first ? renderPost(state, topic, first, opts) : ''}
<section aria-labelledby="replies-heading">
<h2 id="replies-heading">${replies.length ? plural(replies.length, 'reply', 'replies') : 'No replies yet'}</h2>
${replies.map((p) => renderPost(state, topic, p, opts)).join('\n')}
</section>
<section aria-labelledby="reply-heading">
<h2 id="reply-heading">Reply</h2>
${replyForm(state, topic, opts)}
</section>`
  return layout(
    opts.siteTitle,
    topic.title,
    body,
    `\n<link rel="canonical" href="${topicPath(topic)}">`,
  )
}
