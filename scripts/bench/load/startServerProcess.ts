import { readFileSync } from 'node:fs'
import { freePort, startProduct } from '@/harness/startProduct'
import { BENCH_SECRET } from './prepareDatabase'

export type ServerProcess = {
  url: string
  pid: number
  peakRssMb: () => number
  output: () => string
  stop: () => Promise<number | null>
}

/** Peak resident memory (VmHWM) of a live process, in MB; 0 once it has gone. */
const highWaterMb = (pid: number) => {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : 0
  } catch {
    return 0
  }
}

/** `npm start` as production runs it (one all-in-one process, started by the harness), with its peak memory. */
export const startServerProcess = async (
  env: Record<string, string>,
  port: number,
): Promise<ServerProcess> => {
  const product = await startProduct({
    baseEnv: 'clean',
    env: { NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), ...env },
    healthTimeoutMs: Number(process.env.LOAD_START_TIMEOUT_MS ?? 180_000),
  })
  const pid = product.child.pid!
  // VmHWM is the kernel's high-water mark; the last reading before the process exits is its peak.
  let peak = highWaterMb(pid)
  const poll = setInterval(() => (peak = Math.max(peak, highWaterMb(pid))), 500)
  const stop = async () => {
    peak = Math.max(peak, highWaterMb(pid))
    clearInterval(poll)
    return product.kill('SIGTERM')
  }
  return {
    url: product.url,
    pid,
    peakRssMb: () => Math.max(peak, highWaterMb(pid)),
    output: product.output,
    stop,
  }
}

/** The benchmarks' server: on a prepared database, the built-in simulator on a free port. */
export const startBenchServer = async (databaseUrl: string): Promise<ServerProcess> =>
  startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: BENCH_SECRET,
      SIMULATOR_PORT: String(await freePort()),
      PUBLIC_URL: 'http://localhost',
    },
    await freePort(),
  )
