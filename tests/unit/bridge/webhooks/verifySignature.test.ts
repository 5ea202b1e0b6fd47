import { createHmac } from 'node:crypto'
import { verifySignature } from '@/bridge/webhooks/verifySignature'

const body = Buffer.from('{"post":{"id":1,"topic_id":2}}')
const sign = (secret: string, raw = body) =>
  `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`

describe('verifySignature', () => {
  it('accepts the HMAC-SHA256 of the raw body under the shared secret', () => {
    expect(verifySignature(body, sign('s3cret'), 's3cret')).toBe(true)
  })
  it('refuses a signature made with another secret', () => {
    expect(verifySignature(body, sign('other'), 's3cret')).toBe(false)
  })
  it('refuses a signature of a different body', () => {
    expect(verifySignature(body, sign('s3cret', Buffer.from('{}')), 's3cret')).toBe(false)
  })
  it('refuses a missing, unprefixed or truncated signature', () => {
    expect(verifySignature(body, undefined, 's3cret')).toBe(false)
    expect(verifySignature(body, sign('s3cret').slice(7), 's3cret')).toBe(false)
    expect(verifySignature(body, sign('s3cret').slice(0, 20), 's3cret')).toBe(false)
  })
})
