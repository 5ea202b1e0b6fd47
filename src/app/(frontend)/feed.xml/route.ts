import { storiesFeedResponse } from '@/src/site/storiesFeedResponse'

/** GET /feed.xml: the newest stories as an Atom feed. */
export const GET = (request: Request) => storiesFeedResponse(request)
