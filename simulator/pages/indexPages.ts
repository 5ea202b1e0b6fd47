// The forum's front page (latest topics) and the plain pages for errors, with the same frame.
import type { SimTopic, SimulatorState } from '../state'
import { escapeHtml, layout } from './html'
import { topicPath } from './topicPage'

export const renderMessagePage = (siteTitle: string, title: string, message: string): string =>
  layout(
    siteTitle,
    title,
    `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/">Latest topics</a></p>`,
  )

export const renderNotFoundPage = (siteTitle: string): string =>
  renderMessagePage(
    siteTitle,
    'Page not found',
    'Oops! That page doesn’t exist or is private. It may have been deleted, or never existed on this simulator.',
  )

/** Latest first, as /latest.json orders them; only what an anonymous visitor may see. */
export const renderLatestPage = (
  siteTitle: string,
  state: SimulatorState,
  topics: SimTopic[],
): string => {
  const rows = [...topics]
    .sort((a, b) => b.bumped_at.localeCompare(a.bumped_at) || b.id - a.id)
    .map((t) => {
      const replies = Math.max(0, t.post_ids.length - 1)
      const category = state.categories.get(t.category_id)?.name ?? 'Uncategorized'
      return `<li><a href="${topicPath(t)}">${escapeHtml(t.title)}</a> <span class="stats">${escapeHtml(category)} · ${replies} ${replies === 1 ? 'reply' : 'replies'} · ${t.views} ${t.views === 1 ? 'view' : 'views'}</span></li>`
    })
  const list = rows.length
    ? `<ol class="topics">${rows.join('\n')}</ol>`
    : '<p>No topics yet. Publish a story in Space and its topic appears here.</p>'
  return layout(siteTitle, 'Latest topics', `<h1>Latest topics</h1>\n${list}`)
}
