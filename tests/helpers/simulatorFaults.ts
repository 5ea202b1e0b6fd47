import { controlFetch } from './controlFetch'
import type { Simulator } from '@/simulator'

export type FaultSettings = Partial<{
  down: boolean
  failNext: number
  status: 500 | 502 | 503
  latencyMs: number
  dropAfterCommitNext: number
}>

/** Sets faults through the simulator's control API, as a demo or an operator would. */
export const injectFaults = async (sim: Simulator, faults: FaultSettings) => {
  const res = await controlFetch(`${sim.url}/__simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  })
  if (!res.ok) throw new Error(`faults refused: ${await res.text()}`)
}

export const clearFaults = async (sim: Simulator) => {
  await controlFetch(`${sim.url}/__simulator/faults`, { method: 'DELETE' })
}
