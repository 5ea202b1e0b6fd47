// What the production-cluster tests (one embedded Postgres database, the Discourse simulator in
// this process, the product as separate `ROLE=web` and `ROLE=worker` processes started with
// harness/startProduct.ts), and the fault-injection test's separate worker, wait for and count.
import type { Payload } from 'payload'
import type { RequestLogEntry, Simulator } from '@/simulator'
import { JOBS_COLLECTION, SYNC_QUEUE } from '@/bridge/outbox/jobs'

/**
 * Waits until no story owes a sync and no sync job is left; throws with what is left when a
 * process died (`alive` names it) or, for an outbox that never drains, after timeoutMs.
 */
export const waitForEmptyOutbox = async (
  payload: Payload,
  { timeoutMs = 300_000, alive }: { timeoutMs?: number; alive: () => string | null },
) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const pending = await payload.count({
      collection: 'stories',
      where: { 'discourse.syncState': { in: ['pending', 'failed'] } },
      overrideAccess: true,
    })
    const jobs = await payload.count({
      collection: JOBS_COLLECTION,
      where: { queue: { equals: SYNC_QUEUE } },
      overrideAccess: true,
    })
    if (pending.totalDocs === 0 && jobs.totalDocs === 0) return
    const dead = alive()
    if (dead) throw new Error(dead)
    if (Date.now() > deadline) {
      const left = await payload.find({
        collection: JOBS_COLLECTION,
        where: { queue: { equals: SYNC_QUEUE } },
        overrideAccess: true,
        depth: 0,
        limit: 5,
      })
      const info = left.docs.map((j) => ({
        input: j.input,
        processing: j.processing,
        hasError: j.hasError,
        waitUntil: j.waitUntil,
        tried: j.totalTried,
        error: j.error,
        log: j.log?.slice(-2),
      }))
      throw new Error(
        `outbox did not drain: ${pending.totalDocs} stories pending, ${jobs.totalDocs} jobs\n${JSON.stringify(info, null, 1)}`,
      )
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/**
 * Topic creates per external_id from the simulator's request log: `committed` counts creates
 * the forum kept (answered 2xx, or committed and then dropped), `taken` counts creates it
 * refused because the external_id already had a topic — what two runs of one job racing
 * would produce.
 */
export const createsByExternalId = (sim: Simulator) => {
  const counts = new Map<string, { committed: number; taken: number; failed: number }>()
  for (const r of sim.requests() as RequestLogEntry[]) {
    if (r.method !== 'POST' || r.path !== '/posts.json') continue
    const externalId = (r.body as { external_id?: string } | undefined)?.external_id
    if (!externalId) continue
    const c = counts.get(externalId) ?? { committed: 0, taken: 0, failed: 0 }
    if (r.status === null || (r.status >= 200 && r.status < 300)) c.committed++
    else if (r.status === 422) c.taken++
    else c.failed++
    counts.set(externalId, c)
  }
  return counts
}
