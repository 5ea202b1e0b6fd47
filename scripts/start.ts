// `npm start`: production mode on a fresh clone with zero configuration. Builds the admin
// and site first when there is no build yet, then starts the one express process.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEnvOrExit } from '@/config/env'
import { prepareProductProcess } from '@/config/productEnv'
import { isDatabaseStateError } from '@/config/devPushMark'
import { ensureNextBuild } from './ensureNextBuild.mjs'
import { holdEventLoop } from './holdEventLoop'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
prepareProductProcess({ dev })
const env = loadEnvOrExit()

if (!dev && env.ROLE !== 'worker' && !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No build of the admin and site yet: running `next build` once (about a minute)...')
  if (!ensureNextBuild(root)) {
    console.error('next build failed; see the output above.')
    process.exit(1)
  }
}

const release = holdEventLoop()
try {
  const { startProcess } = await import('@/src/startProcess')
  await startProcess(env, { dev })
} catch (err) {
  // A database Space will not start on (config/devPushMark.ts): one line, no stack, exit 1.
  if (!isDatabaseStateError(err)) throw err
  console.error(`Space cannot start: ${err.message}`)
  process.exit(1)
} finally {
  release()
}
