import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

const KV = 'payload-kv'

/**
 * Runs `fn` only if this process wins the named lock, held as a row in Payload's key-value
 * collection whose `key` is unique: the insert itself is the compare-and-set, on SQLite and
 * Postgres alike, so two instances never run the same pass. A lock whose holder died is
 * taken over once its lease expires. Returns null when someone else holds it.
 */
export const withDatabaseLock = async <T>(
  payload: Payload,
  name: string,
  leaseMs: number,
  fn: () => Promise<T>,
): Promise<T | null> => {
  const key = `lock:${name}`
  const owner = randomUUID()
  const tryInsert = async () => {
    try {
      await payload.db.create({
        collection: KV,
        data: { key, data: { owner, expiresAt: Date.now() + leaseMs } },
      })
      return true
    } catch {
      return false
    }
  }
  if (!(await tryInsert())) {
    const held = (await payload.db.findOne({
      collection: KV,
      where: { key: { equals: key } },
    })) as {
      data?: { expiresAt?: number }
    } | null
    if (held && Number(held.data?.expiresAt ?? 0) > Date.now()) return null
    await payload.db.deleteOne({ collection: KV, where: { and: [{ key: { equals: key } }] } })
    if (!(await tryInsert())) return null
  }
  try {
    return await fn()
  } finally {
    const mine = (await payload.db.findOne({
      collection: KV,
      where: { key: { equals: key } },
    })) as { data?: { owner?: string } } | null
    if (mine?.data?.owner === owner)
      await payload.db.deleteOne({ collection: KV, where: { key: { equals: key } } })
  }
}
