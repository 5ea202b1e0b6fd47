import { controlFetch } from './controlFetch'
import type { Simulator } from '@/simulator'

/** Live (not deleted) simulator topics carrying a given external_id. */
export const topicsWithExternalId = (sim: Simulator, externalId: string) =>
  [...sim.state.topics.values()].filter((t) => t.external_id === externalId && !t.deleted_at)

/** The raw Markdown of a topic's first post. */
export const firstPostRaw = (sim: Simulator, topicId: number): string => {
  const topic = sim.state.topics.get(topicId)!
  return (sim.state.posts.get(topic.post_ids[0]!) as { raw: string }).raw
}

/** Write requests (POST/PUT/DELETE) the simulator saw on its API, as "METHOD path". */
export const apiWrites = (sim: Simulator) =>
  sim
    .requests()
    .filter((r) => r.method !== 'GET' && !r.path.startsWith('/__simulator'))
    .map((r) => `${r.method} ${r.path}`)

/** Empties the simulator's request log, keeping its topics. */
export const clearRequestLog = async (sim: Simulator) => {
  await controlFetch(`${sim.url}/__simulator/requests`, { method: 'DELETE' })
}
