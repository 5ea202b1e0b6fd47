import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Discourse signs each delivery with `X-Discourse-Event-Signature: sha256=<hex HMAC-SHA256
 * of the raw body>`. Compared in constant time, on the raw bytes, before anything is parsed.
 */
export const verifySignature = (
  rawBody: Buffer,
  header: string | undefined,
  secret: string,
): boolean => {
  if (!header?.startsWith('sha256=')) return false
  const given = Buffer.from(header.slice('sha256='.length), 'hex')
  const expected = createHmac('sha256', secret).update(rawBody).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}
