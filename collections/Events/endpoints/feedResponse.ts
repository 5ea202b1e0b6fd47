import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

/**
 * A cacheable feed answer: a strong ETag from the body's hash (answers If-None-Match with 304),
 * Last-Modified from the newest event, and five minutes of shared caching. Feeds hold published
 * events only, the same for every reader, so public caching is safe.
 */
export const feedResponse = (
  req: PayloadRequest,
  body: string,
  contentType: string,
  lastModified?: Date,
): Response => {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const headers = new Headers({
    'Cache-Control': 'public, max-age=300',
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
