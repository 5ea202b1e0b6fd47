import type { Payload, Where } from 'payload'

const PREFIX = 'discourse-webhook:'
const KV = 'payload-kv'

/**
 * How many delivery ids are remembered. Discourse re-sends a failed delivery a few times within
 * hours, and a duplicate that slips past only queues one more idempotent refresh of the
 * topic's counts, so the newest ids are all that matter; the rest are pruned on a schedule.
 */
export const SEEN_DELIVERIES_KEPT = 20_000

/** The X-Discourse-Event-Id values already handled, kept in Payload's key-value table. */
export const seenDeliveries = {
  has: (payload: Payload, eventId: string) => payload.kv.has(PREFIX + eventId),
  remember: (payload: Payload, eventId: string, event: string | null) =>
    payload.kv.set(PREFIX + eventId, { at: new Date().toISOString(), event }),
  /**
   * Forgets all but the newest `keep` ids (newest by row id, which grows with each insert on
   * SQLite and Postgres alike). Returns how many were forgotten.
   */
  async prune(payload: Payload, keep = SEEN_DELIVERIES_KEPT): Promise<number> {
    const ours: Where = { key: { like: PREFIX } }
    const oldestKept = await payload.db.find<{ id: number | string }>({
      collection: KV,
      where: ours,
      sort: '-id',
      limit: 1,
      page: keep,
      pagination: true,
    })
    const boundary = oldestKept.docs[0]?.id
    if (boundary === undefined || oldestKept.totalDocs <= keep) return 0
    const older: Where = { and: [ours, { id: { less_than: boundary } }] }
    const { totalDocs } = await payload.db.count({ collection: KV, where: older })
    await payload.db.deleteMany({ collection: KV, where: older })
    return totalDocs
  },
}
