// `npm start`: production mode on a fresh clone with zero configuration. Builds the admin
// and site first when there is no build yet, then starts the one express process.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEnvOrExit } from '@/config/env'
import { prepareProductProcess } from '@/config/productEnv'
import { isDatabaseStateError } from '@/config/devPushMark'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
prepareProductProcess({ dev })
const env = loadEnvOrExit()

if (!dev && env.ROLE !== 'worker' && !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No build of the admin and site yet: running `next build` once (about a minute)...')
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
  })
  if (build.status !== 0) {
    console.error('next build failed; see the output above.')
    process.exit(1)
  }
}

// While Payload starts, the only pending work can be a database call waiting on a lock held
// by another process (a worker, the CLI); such a wait holds no handle on the event loop, and
// Node would exit with code 13 ("unsettled top-level await"). A timer keeps it alive.
const keepAlive = setInterval(() => undefined, 1000)
try {
  const { startServer } = await import('@/src/startProcess')
  await startServer(env, { dev })
} catch (err) {
  // A database Space will not start on (config/devPushMark.ts): one line, no stack, exit 1.
  if (!isDatabaseStateError(err)) throw err
  console.error(`Space cannot start: ${err.message}`)
  process.exit(1)
} finally {
  clearInterval(keepAlive)
}
