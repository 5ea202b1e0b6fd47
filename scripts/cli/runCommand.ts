import { once } from 'node:events'
import type { AdminDeps, AdminItem } from '@/bridge/admin/AdminDeps'
import { checkDiscourse } from '@/bridge/admin/checkDiscourse'
import { summarizeItems } from '@/bridge/admin/summarizeItems'
import { CliError } from './CliError'
import type { CommonOptions } from './commonOptions'
import { createProgress } from './createProgress'
import { ExitCode } from './ExitCode'
import { formatItem } from './formatItem'
import { installInterrupt } from './installInterrupt'
import { openContext, type CliContext } from './openContext'

type Result = { command: string; items?: AdminItem[]; interrupted?: boolean; dryRun?: boolean }

export type CommandSpec<R extends Result> = {
  /** Check that Discourse answers and accepts the key before anything else (default true). */
  checkForum?: boolean
  run: (ctx: CliContext, deps: AdminDeps) => Promise<R>
  /** Human output: lines before the item list (a table, a report). */
  render?: (result: R, options: CommonOptions) => string[]
  /** Default: interrupted 130, any failed item 1, else 0. */
  exitCode?: (result: R) => number
}

const out = (line: string) => process.stdout.write(`${line}\n`)
const err = (line: string) => process.stderr.write(`${line}\n`)

const defaultExitCode = (result: Result) =>
  result.interrupted
    ? ExitCode.interrupted
    : (result.items ?? []).some((i) => i.status === 'failed')
      ? ExitCode.failed
      : ExitCode.ok

/** Waits until what was written to stdout has left the process (a pipe may still hold it). */
const flush = async () => {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
}

/**
 * The frame of every command (STYLE §22): boot, check the forum, call the plain run*
 * function, render its result (lines, a progress bar, or --json), then close Payload and
 * exit 0, 1, 2 or 130.
 */
export const runCommand = async <R extends Result>(
  name: string,
  options: CommonOptions,
  spec: CommandSpec<R>,
): Promise<never> => {
  const json = Boolean(options.json)
  const signal = installInterrupt(err)
  let ctx: CliContext | undefined
  let code: number = ExitCode.ok
  try {
    ctx = await openContext(options)
    if (spec.checkForum !== false) {
      const check = await checkDiscourse(ctx.bridge)
      if (!check.ok) throw new CliError(check.message, ExitCode.usage, check.cause)
    }
    const progress = createProgress({ json, tty: Boolean(process.stdout.isTTY), write: out })
    const result = await spec.run(ctx, {
      payload: ctx.payload,
      bridge: ctx.bridge,
      signal,
      onPlan: progress.plan,
      onItem: progress.item,
    })
    progress.stop()
    code = (spec.exitCode ?? defaultExitCode)(result)
    if (json) {
      out(
        JSON.stringify(
          { ...result, summary: summarizeItems(result.items ?? []), exitCode: code },
          null,
          2,
        ),
      )
    } else {
      for (const line of spec.render?.(result, options) ?? []) out(line)
      const tty = Boolean(process.stdout.isTTY)
      for (const item of result.items ?? []) {
        if (progress.shown.has(item)) continue
        if (tty && item.status === 'ok' && !options.verbose) continue
        out(formatItem(item))
      }
      if (result.items) {
        const s = summarizeItems(result.items)
        const parts = [
          `${s.ok} ok`,
          `${s.failed} failed`,
          s.planned ? `${s.planned} planned` : '',
          s.skipped ? `${s.skipped} skipped` : '',
        ].filter(Boolean)
        out(`${name}: ${parts.join(', ')}${result.dryRun ? ' (dry run: nothing was changed)' : ''}`)
      }
      if (result.interrupted)
        err('Interrupted: stopped after the item in flight; what is left stays owed and queued.')
    }
  } catch (e) {
    const known = e instanceof CliError
    code = known ? e.exitCode : ExitCode.failed
    const message = e instanceof Error ? e.message : String(e)
    err(`${name}: ${message}`)
    if (!known && options.verbose && e instanceof Error && e.stack) err(e.stack)
    if (json)
      out(
        JSON.stringify(
          {
            command: name,
            error: { message, cause: known ? e.cause : 'unexpected' },
            exitCode: code,
          },
          null,
          2,
        ),
      )
  } finally {
    await ctx?.close().catch(() => undefined)
  }
  await flush()
  process.exit(code)
}
