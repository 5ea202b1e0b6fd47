import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

const MAX_AGE_S = 300

/**
 * A cacheable feed answer: a strong ETag from the body's hash (answers If-None-Match with 304),
 * Last-Modified from the newest event, and five minutes of shared caching, less when the answer
 * changes with the clock before that (`validUntil`, ms since the epoch: an upcoming sitting
 * starts or ends). Feeds hold published events only, the same for every reader, so public
 * caching is safe.
 */
export const feedResponse = (
  req: PayloadRequest,
  body: string,
  contentType: string,
  lastModified?: Date,
  validUntil = Infinity,
): Response => {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const maxAge = Math.max(0, Math.min(MAX_AGE_S, Math.floor((validUntil - Date.now()) / 1000)))
  const headers = new Headers({
    'Cache-Control': `public, max-age=${maxAge}`,
    ETag: etag,
    'Content-Type': contentType,
  })
  if (lastModified && !Number.isNaN(lastModified.getTime()))
    headers.set('Last-Modified', lastModified.toUTCString())
  const match = req.headers.get('if-none-match')
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
}
