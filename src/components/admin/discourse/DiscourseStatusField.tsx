'use client'
// The story's (or event's) forum status in the admin sidebar: sync state, topic link, counts,
// last sync and last error, and a "Sync again" button for editors (POST .../discourse-sync).
import { useState } from 'react'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { syncStateLabel } from './syncStateLabel'

export const DiscourseStatusField = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const value = (path: string) => useFormFields(([fields]) => fields[`discourse.${path}`]?.value) as string | number | null | undefined
  const state = (value('syncState') as string) ?? 'none'
  const topicUrl = value('topicUrl') as string | undefined
  const replyCount = value('replyCount') as number | undefined
  const lastSyncedAt = value('lastSyncedAt') as string | undefined
  const lastError = value('lastError') as string | undefined
  const [message, setMessage] = useState<string | null>(null)

  const resync = async () => {
    setMessage('Queued…')
    const res = await fetch(`/api/${collectionSlug}/${id}/discourse-sync`, { method: 'POST', credentials: 'include' })
    setMessage(res.ok ? 'Sync queued. Reload in a few seconds to see the result.' : `Could not queue the sync (${res.status}).`)
  }

  if (!id) return null
  return (
    <div className="field-type" data-testid="discourse-status" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Forum</h4>
      <p style={{ margin: 0 }}>
        <strong data-testid="discourse-sync-state">{syncStateLabel(state)}</strong>
        {typeof replyCount === 'number' && topicUrl ? ` · ${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}` : ''}
      </p>
      {topicUrl ? (
        <p style={{ margin: '0.25rem 0' }}>
          <a href={topicUrl} target="_blank" rel="noreferrer" data-testid="discourse-topic-link">
            {topicUrl}
          </a>
        </p>
      ) : null}
      {lastSyncedAt ? <p style={{ margin: '0.25rem 0' }}>Last synced {new Date(lastSyncedAt).toLocaleString()}</p> : null}
      {lastError ? (
        <p role="alert" style={{ margin: '0.25rem 0', color: 'var(--theme-error-500)' }} data-testid="discourse-last-error">
          {lastError}
        </p>
      ) : null}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={resync} data-testid="discourse-resync">
        Sync again
      </button>
      {message ? <p aria-live="polite">{message}</p> : null}
    </div>
  )
}
