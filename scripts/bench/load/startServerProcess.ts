import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { START_NODE_ARGS } from '@/config/nodeArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type ServerProcess = { url: string; pid: number; peakRssMb: () => number; output: () => string; stop: () => Promise<number | null> }

/** Peak resident memory (VmHWM) of a live process, in MB; 0 once it has gone. */
const highWaterMb = (pid: number) => {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : 0
  } catch {
    return 0
  }
}

/** `npm start` as production runs it (one all-in-one process), waiting for /healthz. */
export const startServerProcess = async (env: Record<string, string>, port: number): Promise<ServerProcess> => {
  const child = spawn(process.execPath, [...START_NODE_ARGS, 'scripts/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // VmHWM is read while the process lives; the last reading before it exits is its peak.
  let peak = 0
  const poll = setInterval(() => (peak = Math.max(peak, highWaterMb(child.pid!))), 500)
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    peak = Math.max(peak, highWaterMb(child.pid!))
    clearInterval(poll)
    if (child.exitCode === null) child.kill('SIGTERM')
    return exited
  }
  const deadline = Date.now() + Number(process.env.LOAD_START_TIMEOUT_MS ?? 180_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`)
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, pid: child.pid!, peakRssMb: () => Math.max(peak, highWaterMb(child.pid!)), output: () => out, stop }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`the server did not answer /healthz:\n${out}`)
}
