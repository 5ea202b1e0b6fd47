// `npm run bench`: runs every benchmark in scripts/bench/ (or those named on the command
// line: `npm run bench -- publishBacklog`) one after another, each in its own process so
// memory figures do not bleed, and each writes its own section of docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TSX_NODE_ARGS } from '@/config/nodeArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'scripts/bench')
const wanted = process.argv.slice(2)
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort()
if (benches.length === 0) {
  console.error(
    `no benchmark matches ${wanted.join(', ')}; have: ${readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .join(', ')}`,
  )
  process.exit(2)
}
let failed = 0
for (const file of benches) {
  console.log(`\n=== ${file}`)
  const run = spawnSync(process.execPath, [...TSX_NODE_ARGS, path.join(dir, file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  })
  if (run.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
