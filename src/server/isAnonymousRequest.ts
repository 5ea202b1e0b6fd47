import type { Request } from 'express'

/**
 * A request that carries no credentials and no preview: no Authorization header, no Payload
 * session cookie, no Next.js draft-mode cookie. Every such caller sees the same public content.
 */
export const isAnonymousRequest = (req: Request) =>
  !req.headers.authorization &&
  !/(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=/.test(req.headers.cookie ?? '')
