// `npm run bridge -- <command>` and the `space-bridge` bin: the admin CLI (docs/CLI.md).
// Run with `--conditions=production` (config/nodeArgs.ts says why).
//
// A command's database call can wait on SQLite's lock held by the running server; that wait
// holds no handle on the event loop, and Node would end the process with code 13 ("unsettled
// top-level await") mid-command. A timer, started before anything is loaded, keeps it alive.
export {}

const keepAlive = setInterval(() => undefined, 1000)
try {
  const { runCli } = await import('./cli/runCli')
  await runCli(process.argv)
} finally {
  clearInterval(keepAlive)
}
