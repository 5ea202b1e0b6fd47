// The workflow's moves as the admin words them. Which moves exist and who may make them comes
// from collections/Stories/workflow.ts only; this file adds the words and what a move asks for.
import type { Role } from '@/access/checkRole'
import { allowedMoves, type StoryStatus } from '@/collections/Stories/workflow'

export type WorkflowAction = {
  key: string
  /** The status the story moves to (`schedule` keeps it approved and sets scheduledFor). */
  to: StoryStatus
  label: string
  /** The toast after it saved. */
  done: string
  asks?: 'note' | 'schedule'
  primary?: boolean
}

const labels: Partial<
  Record<`${StoryStatus}>${StoryStatus}`, Pick<WorkflowAction, 'label' | 'done' | 'asks'>>
> = {
  'draft>submitted': {
    label: 'Submit for review',
    done: 'Submitted for review. An editor will pick it up.',
  },
  'changes_requested>submitted': { label: 'Submit for review', done: 'Resubmitted for review.' },
  'submitted>in_review': { label: 'Start review', done: 'Review started.' },
  'approved>in_review': { label: 'Reopen review', done: 'Back in review.' },
  'in_review>changes_requested': {
    label: 'Request changes',
    done: 'Changes requested: the writer can edit it again.',
    asks: 'note',
  },
  'approved>changes_requested': {
    label: 'Request changes',
    done: 'Changes requested: the writer can edit it again.',
    asks: 'note',
  },
  'in_review>approved': { label: 'Approve', done: 'Approved. Publish it now or schedule it.' },
  'draft>published': { label: 'Publish', done: 'Published. The forum topic follows in a moment.' },
  'approved>published': {
    label: 'Publish',
    done: 'Published. The forum topic follows in a moment.',
  },
  'archived>published': { label: 'Republish', done: 'Published again.' },
  'published>archived': { label: 'Unpublish', done: 'Unpublished: readers no longer see it.' },
}
const fallback = (to: StoryStatus) => ({
  label: to === 'draft' ? 'Back to draft' : to.replace('_', ' '),
  done: `Moved to ${to.replace('_', ' ')}.`,
})

// The move forward comes first and stands out; going back is secondary.
const forward: StoryStatus[] = ['submitted', 'in_review', 'approved', 'published']

/** The buttons this user gets on a story in `from`. */
export const workflowActionsFor = (from: StoryStatus, roles: Role[]): WorkflowAction[] => {
  const moves = allowedMoves(from, roles)
  const actions: WorkflowAction[] = moves.map((to) => ({
    key: to,
    to,
    ...(labels[`${from}>${to}`] ?? fallback(to)),
    primary: forward.includes(to) && !(from === 'approved' && to === 'in_review'),
  }))
  // Scheduling is publishing later: offered to whoever may publish an approved story now
  // (src/worker/publishDueStories.ts publishes approved stories whose time has come).
  if (from === 'approved' && moves.includes('published'))
    actions.splice(actions.findIndex((a) => a.to === 'published') + 1, 0, {
      key: 'schedule',
      to: 'approved',
      label: 'Schedule',
      done: 'Scheduled.',
      asks: 'schedule',
    })
  return actions.sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)))
}

export const statusLabel = (status: string) =>
  ({
    draft: 'Draft',
    submitted: 'Submitted for review',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    published: 'Published',
    archived: 'Unpublished (archived)',
  })[status] ?? status
