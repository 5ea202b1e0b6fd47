import { createRequire } from 'node:module'
import { refusePrompts, refusedPromptLine, PROMPT_EXIT_CODE } from '@/config/refusePrompts'

// The copy of `prompts` Payload's database adapters load (and ask their questions with).
const fromPayload = createRequire(createRequire(import.meta.url).resolve('@payloadcms/drizzle'))
const prompts = fromPayload('prompts') as (
  question: Record<string, unknown>,
  options?: { onCancel?: () => void },
) => Promise<unknown>

describe('refusePrompts', () => {
  it("turns Payload's question into one line and an exit code, without waiting for an answer", async () => {
    const exits: number[] = []
    const written: string[] = []
    const write = process.stderr.write
    process.stderr.write = ((chunk: string) =>
      written.push(String(chunk)) > 0) as typeof process.stderr.write
    try {
      refusePrompts({ exit: (code) => void exits.push(code) })
      const message =
        "It looks like you've run Payload in dev mode, meaning you've dynamically pushed changes to your database.\n\nWould you like to proceed?"
      const answer = prompts(
        { type: 'confirm', name: 'confirm', initial: false, message },
        { onCancel: () => exits.push(0) },
      )
      // It never answers: a process that exited would not go on either.
      const settled = await Promise.race([
        answer.then(() => 'answered'),
        new Promise((r) => setImmediate(() => r('pending'))),
      ])
      expect(settled).toBe('pending')
    } finally {
      process.stderr.write = write
    }
    expect(exits).toEqual([PROMPT_EXIT_CODE])
    expect(PROMPT_EXIT_CODE).not.toBe(0)
    expect(written).toHaveLength(1)
    expect(written[0]!.trim().split('\n')).toHaveLength(1)
    expect(written[0]).toContain('Payload asks "It looks like you\'ve run Payload in dev mode')
  })

  it('names the first line of a multi-line question', () => {
    expect(refusedPromptLine('\nAccept warnings and push schema?\n\nmore')).toContain(
      '"Accept warnings and push schema?"',
    )
  })
})
