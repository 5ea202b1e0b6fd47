// Payload and its database adapters ask questions on the terminal in a few states (a database
// marked by a development-mode schema push, a schema push that would lose data) through the
// `prompts` package. With no terminal (CI, a service manager, `< /dev/null`) such a question
// waits forever; answered "N" it exits 0 without a word. A Space process never waits on one:
// the question becomes one line on stderr and exit code 1.
import { createRequire } from 'node:module'

type PromptsModule = { prompts: Record<string, (question: { message?: unknown }) => unknown> }

export const PROMPT_EXIT_CODE = 1

/** The one line written instead of asking. */
export const refusedPromptLine = (message: unknown): string => {
  const question =
    String(message ?? '')
      .split('\n')
      .find((line) => line.trim()) ?? 'a question'
  return `Space cannot continue unattended: Payload asks "${question.trim()}", and nobody is here to answer. Nothing was changed; see docs/OPERATIONS.md, "Schema changes and migrations".`
}

/**
 * Replaces every prompt type of the `prompts` copy Payload's adapters load with one that writes
 * refusedPromptLine and exits (calling it again replaces them). `exit` is for tests.
 */
export const refusePrompts = ({
  exit = (code: number) => process.exit(code),
}: { exit?: (code: number) => never | void } = {}): void => {
  const fromPayload = createRequire(createRequire(import.meta.url).resolve('@payloadcms/drizzle'))
  const { prompts } = fromPayload('prompts') as PromptsModule
  for (const type of Object.keys(prompts)) {
    prompts[type] = (question) => {
      process.stderr.write(`${refusedPromptLine(question.message)}\n`)
      exit(PROMPT_EXIT_CODE)
      // Reached only when a test's exit returns: never resolve, as a process that exited would not.
      return new Promise(() => undefined)
    }
  }
}
