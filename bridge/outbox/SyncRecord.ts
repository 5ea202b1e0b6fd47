import type { Story } from '@/types/payload-types'

/**
 * The `discourse` group of a story or an event, as the generated types have it (stories and
 * events share the one group, bridge/outbox/discourseGroup.ts, so one type reads both). It is
 * the outbox entry (`owedVersion > syncedVersion`), the sync's bookkeeping and retry state,
 * and the forum's activity brought back.
 */
export type SyncRecord = NonNullable<Story['discourse']>

/** A change to the record: the fields given are written, the others stay. */
export type SyncPatch = Partial<SyncRecord>
