#!/usr/bin/env node
// The project's one test command (`npm test`): typecheck, lint (ESLint) and format check
// (Prettier), the Next build if there is none, then jest in two runs — every suite
// but the browser ones on two workers, then the browser suites one at a time (each starts
// the whole product and Chromium; beside other suites on two cores they starve) — then one
// closing line of our own, `N passed, N failed`, summed from jest's --json results.
// Extra arguments go to jest (and then only the runs they match are made).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureNextBuild } from './ensureNextBuild.mjs'

const resultsDir = join(process.cwd(), 'test-results')
mkdirSync(resultsDir, { recursive: true })
const extra = process.argv.slice(2)

let failed = 0
let passed = 0

if (process.env.SKIP_TYPECHECK !== '1') {
  console.log('> typecheck (tsc --noEmit)')
  const tsc = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'],
    { stdio: 'inherit' },
  )
  if (tsc.status !== 0) failed++
}

// The linter and the formatter's check, each a failure of its own when it finds anything
// (`npm run format` rewrites what the check refuses).
if (process.env.SKIP_LINT !== '1') {
  for (const [name, bin, args] of [
    ['lint (eslint)', 'node_modules/eslint/bin/eslint.js', ['.', '--max-warnings=0']],
    [
      'format (prettier --check)',
      'node_modules/prettier/bin/prettier.cjs',
      ['--check', '.', '--log-level', 'warn'],
    ],
  ]) {
    console.log(`> ${name}`)
    if (spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' }).status !== 0) failed++
  }
}

// Several suites start the real product, which needs the admin and site built. Built here,
// once and before jest starts, so no suite spends its own timeout on a first build (on a fresh
// clone with two cores that takes minutes). An existing build is kept: delete .next to rebuild.
if (!existsSync(join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.log('> next build (no build yet)')
  if (!ensureNextBuild(process.cwd())) failed++
}

const runJest = (name, args) => {
  const resultsFile = join(resultsDir, `jest-${name}.json`)
  rmSync(resultsFile, { force: true })
  console.log(`> jest (${name})`)
  const jest = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--json',
      `--outputFile=${resultsFile}`,
      ...args,
    ],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
  )
  if (!existsSync(resultsFile)) {
    if (jest.status !== 0) failed++
    return
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed += results.numPassedTests
  // A suite that fails to load has no failed tests but must still count as a failure.
  const runFailed = results.numFailedTests + results.numRuntimeErrorTestSuites
  failed += runFailed
  if (jest.status !== 0 && runFailed === 0 && results.numTotalTests > 0) failed++
}

if (extra.length) {
  // A chosen subset (`npm test -- tests/int/bridge`): one run, browser suites one at a time.
  runJest('selected', [...(extra.some((a) => a.includes('e2e')) ? ['--runInBand'] : []), ...extra])
} else {
  runJest('main', ['--testPathIgnorePatterns', '/node_modules/', '/tests/e2e/'])
  runJest('browser', ['--runInBand', '--testPathPatterns', 'tests/e2e/'])
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
