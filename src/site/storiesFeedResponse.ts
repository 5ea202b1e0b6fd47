import { buildAtomFeed } from './buildAtomFeed'
import { findStories } from './findStories'
import { siteSettings } from './siteSettings'

const FEED_SIZE = 30

/** The Atom feed route handlers' one job: newest stories (of a category) as a Response. */
export const storiesFeedResponse = async (
  request: Request,
  category?: string,
): Promise<Response> => {
  const {
    stories,
    category: match,
    unknownCategory,
  } = await findStories({ category, limit: FEED_SIZE })
  if (unknownCategory)
    return new Response('No such category.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  const requestUrl = new URL(request.url)
  const siteUrl = (siteSettings().publicUrl ?? requestUrl.origin).replace(/\/+$/, '')
  const body = buildAtomFeed({
    siteUrl,
    selfUrl: `${siteUrl}${requestUrl.pathname}`,
    title: match ? `Space: ${match.name}` : 'Space: stories',
    stories,
  })
  return new Response(body, {
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  })
}
