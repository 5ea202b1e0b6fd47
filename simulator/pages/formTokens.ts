// Cross-site posting guard for the pages' forms: each page carries a token, an HMAC of the
// topic id and the time it was issued under a secret made when the simulator starts. Another
// site cannot read the page (no CORS), so it cannot post a valid token. Stateless: nothing to
// store or clean up; a token expires after maxAgeMs.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type FormTokens = {
  issue(topicId: number): string
  check(token: unknown, topicId: number): boolean
}

const TWO_HOURS = 2 * 60 * 60_000

export const createFormTokens = ({
  secret = randomBytes(32),
  maxAgeMs = TWO_HOURS,
  now = Date.now,
} = {}): FormTokens => {
  const sign = (topicId: number, issuedAt: number) =>
    createHmac('sha256', secret).update(`${topicId}.${issuedAt}`).digest('hex')
  return {
    issue: (topicId) => {
      const issuedAt = now()
      return `${issuedAt}.${sign(topicId, issuedAt)}`
    },
    check: (token, topicId) => {
      if (typeof token !== 'string') return false
      const [at, mac] = token.split('.')
      const issuedAt = Number(at)
      if (!Number.isSafeInteger(issuedAt) || !mac) return false
      const age = now() - issuedAt
      if (age < 0 || age > maxAgeMs) return false
      const expected = Buffer.from(sign(topicId, issuedAt), 'hex')
      const given = Buffer.from(mac, 'hex')
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}
