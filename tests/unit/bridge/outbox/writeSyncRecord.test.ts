import { describe, expect, it } from '@jest/globals'
import { changesPublicView } from '@/bridge/outbox/writeSyncRecord'

describe('changesPublicView (when the one writer tells the page caches)', () => {
  it('is false for bookkeeping alone: versions, attempts, retry state, the last error', () => {
    expect(
      changesPublicView(
        { owedVersion: 1, syncedVersion: 0, attempts: 0, tries: 0, replyCount: 2 },
        {
          owedVersion: 2,
          syncedVersion: 2,
          attempts: 1,
          tries: 3,
          nextAttemptAt: '2030-01-01T00:00:00.000Z',
          lastError: 'HTTP 503',
          syncState: 'pending',
          replyCount: 2,
        },
      ),
    ).toBe(false)
  })

  it('is true when the topic link, a count or the latest replies change', () => {
    expect(changesPublicView({}, { topicUrl: 'https://forum.example/t/x/1' })).toBe(true)
    expect(changesPublicView({ replyCount: 1 }, { replyCount: 2 })).toBe(true)
    expect(
      changesPublicView({ latestReplies: [] }, { latestReplies: [{ username: 'amara' }] }),
    ).toBe(true)
  })

  it('reads a missing field and null alike', () => {
    expect(changesPublicView({}, { topicUrl: null, latestReplies: null })).toBe(false)
  })
})
