// The one way to make sure the admin and site are built (.next/BUILD_ID exists): `npm start`
// on a fresh clone, `npm test` before jest starts, and the harness before it spawns the product.
// Plain JavaScript so that scripts/test.mjs (run by plain Node) can import it too.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The one lock every build of .next takes (tests, benchmarks, npm test, people building by hand), so two builds never run at once. */
export const BUILD_LOCK = '/tmp/space-build.lock'

/**
 * Runs `next build` in `root` unless a build is there, always under flock(1) on BUILD_LOCK with
 * the check repeated inside the lock, so a second caller waits for the first build and then
 * finds it. Returns whether a build exists afterwards.
 * @param {string} root
 * @param {{ quiet?: boolean }} [options]
 * @returns {boolean}
 */
export const ensureNextBuild = (root, { quiet = false } = {}) => {
  const built = () => existsSync(join(root, '.next', 'BUILD_ID'))
  if (built()) return true
  const next = ['node_modules/next/dist/bin/next', 'build']
  const build = spawnSync(
    'flock',
    [BUILD_LOCK, 'sh', '-c', `test -f .next/BUILD_ID || "${process.execPath}" ${next.join(' ')}`],
    {
      cwd: root,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
    },
  )
  return build.status === 0 && built()
}
