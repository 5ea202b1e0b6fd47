#!/usr/bin/env node
// The project's one test command (`npm test`): typecheck, then jest, then one
// closing line of our own, `N passed, N failed`, read from jest's --json results
// (CI reads that line, not jest's summary). Extra arguments go to jest.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const resultsDir = join(process.cwd(), 'test-results')
const resultsFile = join(resultsDir, 'jest-results.json')
mkdirSync(resultsDir, { recursive: true })

const skipTypecheck = process.env.SKIP_TYPECHECK === '1'
let typecheckFailed = 0
if (!skipTypecheck) {
  console.log('> typecheck (tsc --noEmit)')
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], {
    stdio: 'inherit',
  })
  if (tsc.status !== 0) typecheckFailed = 1
}

console.log('> jest')
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
)

let passed = 0
let failed = 0
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests
  // A suite that fails to load has no failed tests but must still count as a failure.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites
}
failed += typecheckFailed
if (jest.status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && jest.status === 0 ? 0 : 1)
