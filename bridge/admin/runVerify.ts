import { requestResync } from '../sync/requestResync'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import type { AdminDeps, AdminItem, AdminResult, DocRef } from './AdminDeps'
import { readDesiredTopic } from '../outbox/subjects'
import { compareWithTopic, type Drift } from './compareWithTopic'
import { findOrphanTopics, type OrphanScan, type OrphanTopic } from './findOrphanTopics'
import { listDocs } from './listDocs'
import { runSyncJobs } from './runSyncJobs'

export type VerifyOptions = { fix?: boolean; dryRun?: boolean; limit?: number }
export type VerifyResult = AdminResult & {
  command: 'verify'
  fix: boolean
  checked: number
  drifted: Array<DocRef & { topicId: number; drifts: Drift[] }>
  orphans: OrphanTopic[]
  /**
   * How the orphans were looked for: requests spent, and (notes) why some may have been missed,
   * which the command prints: a scan that could not read external_ids is no proof of none.
   */
  orphanScan?: Omit<OrphanScan, 'orphans'>
}

const describe = (drifts: Drift[]) => drifts.map((d) => d.kind.replace('_', ' ')).join(', ')

/**
 * Compares every linked story and event with its topic (missing topic, title, content,
 * visibility) and lists Space-made topics that no document holds. Reads only, unless --fix:
 * then each drifted document owes a fresh full sync (requestResync) and the sync queue runs
 * it, the same path an edit takes. A topic gone from the forum is recorded as deleted first,
 * so the resync gives the document a new topic. Orphan topics are reported, never touched.
 */
export const runVerify = async (options: VerifyOptions, deps: AdminDeps): Promise<VerifyResult> => {
  const { payload, bridge, signal } = deps
  const linked = await listDocs(
    payload,
    {
      and: [
        { 'discourse.topicId': { exists: true } },
        { 'discourse.syncState': { not_equals: 'topic_deleted' } },
      ],
    },
    options.limit,
  )
  deps.onPlan?.(linked.length)
  const result: VerifyResult = {
    command: 'verify',
    fix: Boolean(options.fix),
    dryRun: Boolean(options.dryRun),
    interrupted: false,
    checked: 0,
    drifted: [],
    orphans: [],
    items: [],
  }
  const checkedItems: AdminItem[] = []
  for (const doc of linked) {
    if (signal?.aborted) {
      result.interrupted = true
      break
    }
    const ref = {
      collection: doc.collection,
      id: doc.id,
      title: doc.title,
      slug: doc.slug,
      topicId: Number(doc.state.topicId),
    }
    let item: AdminItem
    try {
      const desired = await readDesiredTopic(payload, bridge.settings, doc)
      const { drifts } = await compareWithTopic(
        bridge.client,
        { topicId: ref.topicId, firstPostId: doc.state.firstPostId },
        desired,
      )
      const owed = doc.state.syncState === 'pending' ? ' (a sync is owed and queued)' : ''
      if (drifts.length) result.drifted.push({ ...ref, drifts })
      item = drifts.length
        ? {
            ...ref,
            status: 'failed',
            action: `drift: ${describe(drifts)}`,
            detail:
              drifts
                .map((d) => `${d.kind}: forum "${d.forum ?? ''}" vs Space "${d.space ?? ''}"`)
                .join('; ') + owed,
          }
        : { ...ref, status: 'ok', action: 'in step' }
    } catch (err) {
      item = {
        ...ref,
        status: 'failed',
        action: 'could not check',
        detail: err instanceof Error ? err.message : String(err),
      }
    }
    result.checked++
    checkedItems.push(item)
    deps.onItem?.(item)
  }
  if (!result.interrupted) {
    const { orphans, ...scan } = await findOrphanTopics(payload, bridge, signal)
    result.orphans = orphans
    result.orphanScan = scan
  }
  const orphanItems = result.orphans.map((o): AdminItem => ({
    topicId: o.topicId,
    title: o.title,
    status: 'failed',
    action: 'orphan topic: no story or event holds its external_id',
    detail: `${o.externalId} ${o.url} (report only: close or delete it on the forum, or restore the document)`,
  }))

  if (!options.fix || result.drifted.length === 0 || result.interrupted)
    return { ...result, items: [...checkedItems, ...orphanItems] }
  if (options.dryRun) {
    const drifted = new Set(result.drifted.map((d) => `${d.collection}:${d.id}`))
    const planned = checkedItems.map((i): AdminItem =>
      drifted.has(`${i.collection}:${i.id}`)
        ? { ...i, status: 'planned', action: `would repair ${i.action.replace('drift: ', '')}` }
        : i,
    )
    return { ...result, items: [...planned, ...orphanItems] }
  }

  for (const d of result.drifted) {
    if (signal?.aborted) break
    if (d.drifts.some((x) => x.kind === 'missing_topic'))
      await writeSyncRecord(payload, d.collection, d.id, {
        syncState: 'topic_deleted',
        lastError: 'The topic was deleted on the forum.',
      })
    await requestResync(payload, d.collection, d.id)
  }
  const run = await runSyncJobs(deps, { only: result.drifted })
  const repaired = new Map(run.items.map((i) => [`${i.collection}:${i.id}`, i]))
  const items = checkedItems.map((i): AdminItem => {
    const after = repaired.get(`${i.collection}:${i.id}`)
    if (!after || i.status === 'ok') return i
    return after.status === 'ok'
      ? { ...i, status: 'ok', action: `repaired ${i.action.replace('drift: ', '')}` }
      : { ...after, action: `repair failed: ${after.action}` }
  })
  return { ...result, interrupted: run.interrupted, items: [...items, ...orphanItems] }
}
