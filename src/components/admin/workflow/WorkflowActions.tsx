'use client'
// The story's `status` field, shown as the workflow: where the story is, the review note, and
// a button for each move this user may make now (workflowActionsFor, from the workflow's own
// table). A button sets the status (and the note or the publication time it asks for) and
// saves the form; the server still enforces every move (enforceWorkflow).
import { useEffect, useState } from 'react'
import {
  Button,
  toast,
  useAuth,
  useDocumentInfo,
  useField,
  useForm,
  useFormFields,
  useFormProcessing,
} from '@payloadcms/ui'
import type { Role } from '@/access/checkRole'
import type { StoryStatus } from '@/collections/Stories/workflow'
import { statusLabel, workflowActionsFor, type WorkflowAction } from './workflowActions'
import { AskPanel } from './AskPanel'
import { panelStyle } from './panelStyle'

// Payload builds a writer's form without the review note (its field access, authors-or-staff,
// is judged there without the story's authors), so the note is also asked of the REST API,
// with the authors selected for the same reason: the writer sees what the editor asked for.
const useReviewNote = (
  id: number | string | undefined,
  collectionSlug: string | undefined,
  savedAt: number,
) => {
  const [note, setNote] = useState<string | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug) return
    let stale = false
    fetch(`/api/${collectionSlug}/${id}?depth=0&select[reviewNotes]=true&select[authors]=true`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then(
        (doc: { reviewNotes?: string | null } | null) =>
          !stale && setNote(doc?.reviewNotes ?? null),
      )
      .catch(() => {})
    return () => {
      stale = true
    }
  }, [id, collectionSlug, savedAt])
  return note
}

export const WorkflowActions = ({ path = 'status' }: { path?: string }) => {
  const { value } = useField<string>({ path })
  const { user } = useAuth()
  const { id, collectionSlug, hasSavePermission, lastUpdateTime } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const noteInForm = useFormFields(([fields]) => fields.reviewNotes?.value) as
    string | null | undefined
  const noteFromApi = useReviewNote(id, collectionSlug, lastUpdateTime)
  const reviewNotes = noteInForm || noteFromApi
  const scheduledFor = useFormFields(([fields]) => fields.scheduledFor?.value) as
    string | null | undefined
  const [asking, setAsking] = useState<WorkflowAction | null>(null)
  const [note, setNote] = useState('')
  const [when, setWhen] = useState('')

  const status = (value ?? 'draft') as StoryStatus
  const roles = ((user as { roles?: Role[] } | null)?.roles ?? []) as Role[]
  const actions = id && hasSavePermission ? workflowActionsFor(status, roles) : []

  const run = async (action: WorkflowAction, extra: Record<string, unknown> = {}) => {
    const result = await submit({
      overrides: { status: action.to, ...extra },
      disableSuccessStatus: true,
    })
    if (result && result.res.ok) {
      toast.success(
        action.key === 'schedule' && extra.scheduledFor
          ? `Scheduled for ${new Date(String(extra.scheduledFor)).toLocaleString()}.`
          : action.done,
      )
      setAsking(null)
    }
  }
  const choose = (action: WorkflowAction) => {
    if (!action.asks) return void run(action)
    setNote(reviewNotes ?? '')
    setWhen('')
    setAsking(action)
  }

  return (
    <div className="field-type" data-testid="workflow" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Workflow</h4>
      <p style={{ margin: 0 }}>
        Status: <strong data-testid="workflow-status">{statusLabel(status)}</strong>
      </p>
      {status === 'approved' && scheduledFor ? (
        <p style={{ margin: '0.25rem 0' }} data-testid="workflow-scheduled">
          Publishes on {new Date(scheduledFor).toLocaleString()}
        </p>
      ) : null}
      {reviewNotes ? (
        <div style={panelStyle} data-testid="workflow-review-note">
          <strong>Review note</strong>
          <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }}>{reviewNotes}</p>
        </div>
      ) : null}
      {!id ? (
        <p style={{ margin: '0.25rem 0' }}>
          A new story is saved as a draft; its workflow buttons appear here then.
        </p>
      ) : null}
      {id && !actions.length ? (
        <p style={{ margin: '0.25rem 0' }} data-testid="workflow-nothing">
          {status === 'submitted' || status === 'in_review' || status === 'approved'
            ? 'With the editors: nothing for you to do now.'
            : 'No workflow step is open to you here.'}
        </p>
      ) : null}
      {actions.length ? (
        <div
          role="group"
          aria-label="Workflow"
          style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}
        >
          {actions.map((action) => (
            <Button
              key={action.key}
              buttonStyle={action.primary ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={processing || asking !== null}
              onClick={() => choose(action)}
              id={`workflow-${action.key}`}
            >
              {action.label}
            </Button>
          ))}
        </div>
      ) : null}
      {asking?.asks === 'note' ? (
        <AskPanel
          inputId="workflow-note"
          label="What should the writer change? (required)"
          confirmId="workflow-send-note"
          confirmLabel="Send back with this note"
          confirmDisabled={processing || !note.trim()}
          onConfirm={() => run(asking, { reviewNotes: note.trim() })}
          onCancel={() => setAsking(null)}
        >
          <textarea
            id="workflow-note"
            rows={4}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: '100%' }}
          />
        </AskPanel>
      ) : null}
      {asking?.asks === 'schedule' ? (
        <AskPanel
          inputId="workflow-when"
          label="Publish on (your local time)"
          confirmId="workflow-confirm-schedule"
          confirmLabel="Schedule publication"
          confirmDisabled={processing || !when || Number.isNaN(new Date(when).getTime())}
          onConfirm={() => run(asking, { scheduledFor: new Date(when).toISOString() })}
          onCancel={() => setAsking(null)}
        >
          <input
            id="workflow-when"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
          />
        </AskPanel>
      ) : null}
    </div>
  )
}
