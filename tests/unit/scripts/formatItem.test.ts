import { formatItem } from '@/scripts/cli/formatItem'
import { createProgress } from '@/scripts/cli/createProgress'

describe('formatItem', () => {
  it('names the document, its topic, the action and the detail on one line', () => {
    expect(
      formatItem({
        collection: 'stories',
        id: '12',
        title: 'Too short',
        topicId: 4,
        status: 'failed',
        action: 'sync failed',
        detail: 'Title is too short',
      }),
    ).toBe('✗ stories 12 "Too short" (topic 4): sync failed: Title is too short')
    expect(
      formatItem({ title: 'reconciliation', status: 'planned', action: 'would run a full pass' }),
    ).toBe('~ "reconciliation": would run a full pass')
  })
})

describe('createProgress', () => {
  it('prints one plain line per item when stdout is not a terminal, and remembers what it showed', () => {
    const lines: string[] = []
    const progress = createProgress({ json: false, tty: false, write: (l) => lines.push(l) })
    const item = {
      collection: 'stories' as const,
      id: '1',
      status: 'ok' as const,
      action: 'synced',
    }
    progress.plan(1)
    progress.item(item)
    progress.stop()
    expect(lines).toEqual(['✓ stories 1: synced'])
    expect(progress.shown.has(item)).toBe(true)
  })

  it('prints nothing with --json', () => {
    const lines: string[] = []
    const progress = createProgress({ json: true, tty: false, write: (l) => lines.push(l) })
    progress.item({ status: 'failed', action: 'x' })
    expect(lines).toEqual([])
  })
})
