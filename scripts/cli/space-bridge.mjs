#!/usr/bin/env node
// The `space-bridge` bin: runs the TypeScript entry with the flags every entry of the product
// runs with (config/nodeArgs.ts), in a child process, since a running Node cannot take
// `--conditions` any more. tsx is resolved from this package, so it works from any directory.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const tsx = require.resolve('tsx')
const entry = fileURLToPath(new URL('../bridge.ts', import.meta.url))
const run = spawnSync(
  process.execPath,
  ['--conditions=production', '--import', tsx, entry, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(run.status ?? (run.signal === 'SIGINT' ? 130 : 1))
