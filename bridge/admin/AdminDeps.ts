import type { Payload } from 'payload'
import type { Bridge } from '../createBridge'
import type { SyncedCollection } from '../outbox/subjects'

/** One story or event an admin command talks about. */
export type DocRef = { collection: SyncedCollection; id: string; title?: string; slug?: string }

/**
 * One line of a command's result: `ok` went well, `failed` needs the admin's attention
 * (the exit code is then 1), `planned` is what a --dry-run would do, `skipped` was left alone.
 */
export type AdminItem = Partial<DocRef> & {
  /** The forum topic concerned, when there is one (orphans have only this). */
  topicId?: number
  status: 'ok' | 'failed' | 'planned' | 'skipped'
  action: string
  detail?: string
}

/**
 * What every run* function gets: the Payload and the bridge of this process, Ctrl-C as an
 * AbortSignal (checked between items, never inside one), and a progress callback.
 */
export type AdminDeps = {
  payload: Payload
  bridge: Bridge
  signal?: AbortSignal
  onPlan?: (total: number) => void
  onItem?: (item: AdminItem) => void
}

/** What every run* function returns besides its own fields. */
export type AdminResult = {
  command: string
  dryRun: boolean
  interrupted: boolean
  items: AdminItem[]
}
