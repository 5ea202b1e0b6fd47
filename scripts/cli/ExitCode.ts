/** The CLI's exit codes: scripts and cron jobs decide on these. */
export const ExitCode = {
  /** Everything went well (or, with --dry-run, the plan was printed). */
  ok: 0,
  /** Some items failed; they are listed. */
  failed: 1,
  /** Usage or configuration error: bad flag, bad env, unreachable Discourse, rejected key. */
  usage: 2,
  /** Stopped by Ctrl-C after the item in flight; the rest stays owed. */
  interrupted: 130,
} as const
