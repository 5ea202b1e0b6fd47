import { storiesFeedResponse } from '@/src/site/storiesFeedResponse'

type Context = { params: Promise<{ slug: string }> }

/** GET /categories/:slug/feed.xml: one category's newest stories as an Atom feed. */
export const GET = async (request: Request, { params }: Context) =>
  storiesFeedResponse(request, (await params).slug)
