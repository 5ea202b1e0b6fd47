// Where the shared request budget (sharedLimiter.ts) keeps its rows: Payload's key-value
// collection, whose unique `key` makes an insert a compare-and-set on SQLite and Postgres
// alike (as bridge/locks/withDatabaseLock.ts uses it). No collection of its own, no migration.
import type { Payload } from 'payload'

export type BudgetRow = Record<string, unknown>

/** The few operations the shared limiter needs; an in-memory one stands in for unit tests. */
export type BudgetStore = {
  /** Inserts the row; false when a row with this key exists already. */
  insert(key: string, data: BudgetRow): Promise<boolean>
  /** The greatest key that starts with `prefix` (keys compare as strings), if any. */
  highest(prefix: string): Promise<string | undefined>
  read(key: string): Promise<BudgetRow | undefined>
  /** Replaces the row's data, inserting it when missing. */
  write(key: string, data: BudgetRow): Promise<void>
  /** Deletes the rows whose key starts with `prefix` and is less than `below`. */
  deleteBelow(prefix: string, below: string): Promise<void>
}

const KV = 'payload-kv'

type KvRow = { key?: string; data?: BudgetRow }

/**
 * The store over the running Payload's database. `payload` is read on every call: a process
 * entry builds its bridge before Payload is up and attaches Payload once it is.
 */
export const payloadBudgetStore = (payload: () => Payload): BudgetStore => {
  const findOne = async (key: string) =>
    (await payload().db.findOne({
      collection: KV,
      where: { key: { equals: key } },
    })) as KvRow | null
  return {
    insert: async (key, data) => {
      try {
        await payload().db.create({ collection: KV, data: { key, data } })
        return true
      } catch (err) {
        // A unique violation means taken; anything else (the database gone) is the caller's.
        if (await findOne(key)) return false
        throw err
      }
    },
    highest: async (prefix) => {
      const found = await payload().db.find({
        collection: KV,
        where: { key: { contains: prefix } },
        sort: '-key',
        limit: 1,
        pagination: false,
      })
      const key = (found.docs[0] as KvRow | undefined)?.key
      return key?.startsWith(prefix) ? key : undefined
    },
    read: async (key) => (await findOne(key))?.data ?? undefined,
    write: async (key, data) => {
      const updated = await payload().db.updateOne({
        collection: KV,
        where: { key: { equals: key } },
        data: { data },
      })
      if (!updated) await payload().db.create({ collection: KV, data: { key, data } })
    },
    deleteBelow: async (prefix, below) => {
      await payload().db.deleteMany({
        collection: KV,
        where: { and: [{ key: { contains: prefix } }, { key: { less_than: below } }] },
      })
    },
  }
}

/** The same contract in memory: unit tests, where two limiters share one of these. */
export const memoryBudgetStore = (): BudgetStore & { rows: Map<string, BudgetRow> } => {
  const rows = new Map<string, BudgetRow>()
  const tick = () => Promise.resolve()
  return {
    rows,
    insert: async (key, data) => {
      await tick()
      if (rows.has(key)) return false
      rows.set(key, data)
      return true
    },
    highest: async (prefix) => {
      await tick()
      return [...rows.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .at(-1)
    },
    read: async (key) => {
      await tick()
      return rows.get(key)
    },
    write: async (key, data) => {
      await tick()
      rows.set(key, data)
    },
    deleteBelow: async (prefix, below) => {
      await tick()
      for (const key of [...rows.keys()])
        if (key.startsWith(prefix) && key < below) rows.delete(key)
    },
  }
}
