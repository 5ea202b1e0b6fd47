import {
  checkTransition,
  initialStatuses,
  storyStatuses,
  storyTransitions,
} from '@/collections/Stories/workflow'

describe('story workflow rules', () => {
  it('allows staying in the same status (an edit without a move)', () => {
    for (const status of storyStatuses)
      expect(checkTransition(status, status, ['contributor'])).toEqual({ ok: true })
  })

  it('calls a move the graph lacks illegal and lists where the story can go', () => {
    expect(checkTransition('draft', 'approved', ['admin'])).toEqual({
      ok: false,
      reason: 'illegal',
      message:
        'A story cannot move from "draft" to "approved" (from "draft" it can go to: submitted, published).',
    })
  })

  it('calls a staff move by a contributor forbidden, naming who may make it', () => {
    expect(checkTransition('draft', 'published', ['contributor'])).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'Only admin or editor users can move a story from "draft" to "published".',
    })
  })

  it('lets only staff unpublish, and unpublishing means archiving', () => {
    expect(storyTransitions.published.map((t) => t.to)).toEqual(['archived'])
    expect(checkTransition('published', 'archived', ['editor']).ok).toBe(true)
    expect(checkTransition('published', 'archived', ['contributor']).ok).toBe(false)
  })

  it("leaves a contributor only the writer's moves: submit, and take requested changes back to draft", () => {
    const moves = storyStatuses.flatMap((from) =>
      storyTransitions[from]
        .filter((t) => t.roles.includes('contributor'))
        .map((t) => `${from}→${t.to}`),
    )
    expect(moves).toEqual([
      'draft→submitted',
      'changes_requested→submitted',
      'changes_requested→draft',
    ])
  })

  it('lets staff create a story already published, and contributors only drafts or submissions', () => {
    expect(initialStatuses(['editor'])).toEqual(['draft', 'submitted', 'published'])
    expect(initialStatuses(['contributor'])).toEqual(['draft', 'submitted'])
  })

  it('has every status reachable from draft', () => {
    const seen = new Set(['draft'])
    const queue = ['draft'] as Array<keyof typeof storyTransitions>
    while (queue.length)
      for (const { to } of storyTransitions[queue.shift()!])
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
    expect([...seen].sort()).toEqual([...storyStatuses].sort())
  })
})
