import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { START_NODE_ARGS } from '@/config/nodeArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type WorkerProcess = { child: ChildProcess; output: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> }

/** Starts the product as a separate `ROLE=worker` process (no HTTP), as production would. */
export const startWorkerProcess = (env: Record<string, string>): WorkerProcess => {
  const child = spawn(process.execPath, [...START_NODE_ARGS, 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ROLE: 'worker', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  return {
    child,
    output: () => out,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
