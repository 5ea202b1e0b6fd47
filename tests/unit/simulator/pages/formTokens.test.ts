import { describe, expect, it } from '@jest/globals'
import { createFormTokens } from '@/simulator/pages/formTokens'

describe('simulator form tokens', () => {
  it('accepts a token for the topic it was issued for, within its age, and nothing else', () => {
    let now = 1_000_000
    const tokens = createFormTokens({ maxAgeMs: 60_000, now: () => now })
    const token = tokens.issue(10)
    expect([
      tokens.check(token, 10),
      tokens.check(token, 11),
      tokens.check(undefined, 10),
      tokens.check('', 10),
    ]).toEqual([true, false, false, false])
    expect(
      tokens.check(
        token.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        10,
      ),
    ).toBe(false)
    expect(createFormTokens().check(token, 10)).toBe(false) // another simulator's secret
    now += 60_001
    expect(tokens.check(token, 10)).toBe(false)
  })
})
