// `npm start`: production mode on a fresh clone with zero configuration. Builds the admin
// and site first when there is no build yet, then starts the one express process.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEnvOrExit } from '../config/env'
import { localSecret } from '../config/localSecret'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
const processEnv = process.env as Record<string, string | undefined>
processEnv.NODE_ENV ??= dev ? 'development' : 'production'
process.env.DATABASE_URL ||= 'file:./data/space.db'
process.env.PAYLOAD_SECRET ||= localSecret(process.env.DATABASE_URL)
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
  const { startServer } = await import('../src/server')
  await startServer(env, { dev })
} finally {
  clearInterval(keepAlive)
}
