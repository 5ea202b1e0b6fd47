'use client'
// The story's (or event's) forum status in the admin sidebar: sync state, topic link, counts,
// last sync, last error and when a failed sync tries again, the title the topic got on the
// forum when it differs (a numbered "Title · 2"), and a "Sync again" button for editors
// (POST .../discourse-sync).
// While a sync is pending it asks the API for the group every few seconds, so the result
// (a topic link, or the forum's refusal) shows up without a reload.
import { useEffect, useState } from 'react'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { syncStateLabel } from './syncStateLabel'

type Shown = {
  syncState?: string | null
  topicUrl?: string | null
  replyCount?: number | null
  lastSyncedAt?: string | null
  lastError?: string | null
  nextAttemptAt?: string | null
  forumTitle?: string | null
}
const POLL_MS = 2000

export const DiscourseStatusField = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const fromForm: Shown = {
    syncState: useFormFields(([f]) => f['discourse.syncState']?.value) as string,
    topicUrl: useFormFields(([f]) => f['discourse.topicUrl']?.value) as string,
    replyCount: useFormFields(([f]) => f['discourse.replyCount']?.value) as number,
    lastSyncedAt: useFormFields(([f]) => f['discourse.lastSyncedAt']?.value) as string,
    lastError: useFormFields(([f]) => f['discourse.lastError']?.value) as string,
    nextAttemptAt: useFormFields(([f]) => f['discourse.nextAttemptAt']?.value) as string,
    forumTitle: useFormFields(([f]) => f['discourse.forumTitle']?.value) as string,
  }
  // What the API said since the form was last loaded or saved: kept with the form it was
  // fetched for, so a save (a new form) starts from the form again.
  const formKey = `${lastUpdateTime}|${fromForm.syncState}|${fromForm.lastSyncedAt}`
  const [fetched, setFetched] = useState<{ formKey: string; shown: Shown } | null>(null)
  const live = fetched?.formKey === formKey ? fetched.shown : null
  const setLive = (shown: Shown) => setFetched({ formKey, shown })
  const { syncState, topicUrl, replyCount, lastSyncedAt, lastError, nextAttemptAt, forumTitle } =
    live ?? fromForm
  const state = syncState ?? 'none'
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    if (!id || state !== 'pending') return
    let stopped = false
    const timer = setInterval(async () => {
      const res = await fetch(`/api/${collectionSlug}/${id}?depth=0&select[discourse]=true`, {
        credentials: 'include',
      }).catch(() => null)
      const body = res?.ok
        ? ((await res.json().catch(() => null)) as { discourse?: Shown } | null)
        : null
      if (!stopped && body?.discourse) setLive(body.discourse)
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
    // formKey: a poll started for an earlier form would store what the current one ignores.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setLive is new each render; formKey stands for it
  }, [id, collectionSlug, state, formKey])

  const resync = async () => {
    setMessage('Queued…')
    const res = await fetch(`/api/${collectionSlug}/${id}/discourse-sync`, {
      method: 'POST',
      credentials: 'include',
    })
    setMessage(res.ok ? 'Sync queued.' : `Could not queue the sync (${res.status}).`)
    if (res.ok) setLive({ ...(live ?? fromForm), syncState: 'pending' })
  }

  if (!id) return null
  return (
    <div
      className="field-type"
      data-testid="discourse-status"
      style={{ marginBottom: 'var(--base)' }}
    >
      <h4 style={{ margin: '0 0 0.5rem' }}>Forum</h4>
      <p style={{ margin: 0 }}>
        <strong data-testid="discourse-sync-state">{syncStateLabel(state)}</strong>
        {typeof replyCount === 'number' && topicUrl
          ? ` · ${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}`
          : ''}
      </p>
      {topicUrl ? (
        <p style={{ margin: '0.25rem 0' }}>
          <a href={topicUrl} target="_blank" rel="noreferrer" data-testid="discourse-topic-link">
            {topicUrl}
          </a>
        </p>
      ) : null}
      {forumTitle ? (
        <p style={{ margin: '0.25rem 0' }} data-testid="discourse-forum-title">
          On the forum as “{forumTitle}” (another topic has this title)
        </p>
      ) : null}
      {lastSyncedAt ? (
        <p style={{ margin: '0.25rem 0' }}>Last synced {new Date(lastSyncedAt).toLocaleString()}</p>
      ) : null}
      {lastError ? (
        <p
          role="alert"
          style={{ margin: '0.25rem 0', color: 'var(--theme-error-500)' }}
          data-testid="discourse-last-error"
        >
          {lastError}
        </p>
      ) : null}
      {state === 'pending' && nextAttemptAt ? (
        <p style={{ margin: '0.25rem 0' }} data-testid="discourse-next-attempt">
          Retrying at {new Date(nextAttemptAt).toLocaleString()}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={resync}
        data-testid="discourse-resync"
      >
        Sync again
      </button>
      {message ? <p aria-live="polite">{message}</p> : null}
    </div>
  )
}
