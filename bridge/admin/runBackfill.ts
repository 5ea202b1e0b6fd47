import { findByTopicId } from '../activity/findByTopicId'
import { queueSync } from '../outbox/jobs'
import { publishedWhere, readDesiredTopic } from '../outbox/subjects'
import { writeSyncRecord } from '../outbox/writeSyncRecord'
import { fingerprintOf, serializeFingerprint } from '../sync/topicFingerprint'
import type { AdminDeps, AdminItem, AdminResult } from './AdminDeps'
import { compareWithTopic } from './compareWithTopic'
import { canLookUpEmbedUrl, findExistingTopic } from './findExistingTopic'
import { listDocs } from './listDocs'

export type BackfillOptions = { dryRun?: boolean; limit?: number }
export type BackfillResult = AdminResult & {
  command: 'backfill'
  candidates: number
  embedUrlLookup: boolean
}

/**
 * Links published stories and events that have no topic to topics that already exist on
 * the forum (by external_id, then by embed_url), for sites moving to Space from an earlier
 * setup such as WP-Discourse. Never creates a topic. A linked document whose topic already
 * says exactly what Space would write is marked synced; otherwise it is marked pending and
 * queued, so the next sync rewrites that same topic from Space.
 */
export const runBackfill = async (
  options: BackfillOptions,
  deps: AdminDeps,
): Promise<BackfillResult> => {
  const { payload, bridge, signal } = deps
  const { client, settings } = bridge
  const unlinked = (await listDocs(payload, publishedWhere)).filter(
    (d) => !d.state.topicId && d.state.syncState !== 'topic_deleted',
  )
  const candidates = options.limit ? unlinked.slice(0, options.limit) : unlinked
  deps.onPlan?.(candidates.length)
  const result: BackfillResult = {
    command: 'backfill',
    dryRun: Boolean(options.dryRun),
    interrupted: false,
    candidates: candidates.length,
    embedUrlLookup: canLookUpEmbedUrl(client),
    items: [],
  }
  for (const doc of candidates) {
    if (signal?.aborted) {
      result.interrupted = true
      break
    }
    const ref = { collection: doc.collection, id: doc.id, title: doc.title, slug: doc.slug }
    let item: AdminItem
    try {
      const desired = await readDesiredTopic(payload, settings, doc)
      const existing = await findExistingTopic(client, {
        externalId: doc.state.externalId,
        embedUrl: desired.embedUrl,
      })
      if (!existing) {
        item = {
          ...ref,
          status: 'skipped',
          action: 'no existing topic found',
          detail: 'push will create one',
        }
      } else {
        const { topic, foundBy } = existing
        const holder = await findByTopicId(payload, topic.id)
        if (holder && !(holder.collection === doc.collection && holder.id === doc.id)) {
          item = {
            ...ref,
            topicId: topic.id,
            status: 'failed',
            action: `topic found by ${foundBy} is already linked`,
            detail: `held by ${holder.collection} ${holder.id}`,
          }
        } else {
          const { drifts, firstPostId } = await compareWithTopic(
            client,
            { topicId: topic.id },
            desired,
          )
          const matches = drifts.length === 0
          const topicUrl = client.topicUrl(topic)
          if (options.dryRun) {
            item = {
              ...ref,
              topicId: topic.id,
              status: 'planned',
              action: `would link (found by ${foundBy}) as ${matches ? 'synced' : 'pending'}`,
              detail: topicUrl,
            }
          } else {
            await writeSyncRecord(payload, doc.collection, doc.id, (cur) => ({
              topicId: topic.id,
              topicSlug: topic.slug,
              topicUrl,
              firstPostId: firstPostId ?? null,
              // The external_id the topic really has, so later lookups find it again.
              externalId: topic.external_id ?? cur.externalId,
              attempts: 0,
              lastError: null,
              ...(matches
                ? {
                    syncState: 'synced',
                    syncedVersion: Number(cur.owedVersion ?? 0),
                    syncedHash: serializeFingerprint(fingerprintOf(desired)),
                    lastSyncedAt: new Date().toISOString(),
                  }
                : {
                    syncState: 'pending',
                    owedVersion: Number(cur.owedVersion ?? 0) + 1,
                    syncedHash: null,
                  }),
            }))
            if (!matches)
              await queueSync(payload, { collection: doc.collection, id: doc.id }, { delayMs: 0 })
            item = {
              ...ref,
              topicId: topic.id,
              status: 'ok',
              action: `linked (found by ${foundBy}) as ${matches ? 'synced' : 'pending'}`,
              detail: matches
                ? topicUrl
                : `${topicUrl}; differs in ${drifts.map((d) => d.kind).join(', ')}, a sync is queued`,
            }
          }
        }
      }
    } catch (err) {
      item = {
        ...ref,
        status: 'failed',
        action: 'lookup failed',
        detail: err instanceof Error ? err.message : String(err),
      }
    }
    result.items.push(item)
    deps.onItem?.(item)
  }
  return result
}
