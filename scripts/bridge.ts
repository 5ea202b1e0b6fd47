// `npm run bridge -- <command>` and the `space-bridge` bin: the admin CLI (docs/CLI.md).
// Run with `--conditions=production` (config/nodeArgs.ts says why).
// The event loop is held (scripts/holdEventLoop.ts) before anything is loaded.
import { holdEventLoop } from './holdEventLoop'

const release = holdEventLoop()
try {
  const { runCli } = await import('./cli/runCli')
  await runCli(process.argv)
} finally {
  release()
}
