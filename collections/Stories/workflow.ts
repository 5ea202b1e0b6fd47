// The editorial workflow as data: which status may follow which, and who may make the move.
// `enforceWorkflow` applies it on every save; tests read it to enumerate legal and illegal moves.
import type { Role } from '@/access/checkRole'

export const storyStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const
export type StoryStatus = (typeof storyStatuses)[number]

type Transition = { to: StoryStatus; roles: Role[] }
const staff: Role[] = ['admin', 'editor']
const everyone: Role[] = ['admin', 'editor', 'contributor']

export const storyTransitions: Record<StoryStatus, Transition[]> = {
  draft: [
    { to: 'submitted', roles: everyone },
    // Editors may publish their own writing without a separate review round.
    { to: 'published', roles: staff },
  ],
  submitted: [
    // A submitted story is locked for its writer (access: ownDraftOrEditor), so only staff
    // can hand it back as a draft; the writer's way back in is `changes_requested`.
    { to: 'draft', roles: staff },
    { to: 'in_review', roles: staff },
  ],
  in_review: [
    { to: 'changes_requested', roles: staff },
    { to: 'approved', roles: staff },
  ],
  changes_requested: [
    { to: 'submitted', roles: everyone },
    { to: 'draft', roles: everyone },
  ],
  approved: [
    { to: 'published', roles: staff },
    { to: 'changes_requested', roles: staff },
    { to: 'in_review', roles: staff },
  ],
  published: [{ to: 'archived', roles: staff }],
  archived: [
    { to: 'published', roles: staff },
    { to: 'draft', roles: staff },
  ],
}

/** Statuses in which a contributor may still edit their own story. */
export const contributorEditableStatuses: StoryStatus[] = ['draft', 'changes_requested']

/** Statuses a story may be created in, by role. */
export const initialStatuses = (roles: Role[]): StoryStatus[] =>
  roles.some((r) => staff.includes(r))
    ? ['draft', 'submitted', 'published']
    : ['draft', 'submitted']

/** The statuses a user with these roles may move a story to from `from` (what the admin offers). */
export const allowedMoves = (from: StoryStatus, roles: Role[]): StoryStatus[] =>
  storyTransitions[from].filter((t) => roles.some((r) => t.roles.includes(r))).map((t) => t.to)

export type TransitionVerdict =
  { ok: true } | { ok: false; reason: 'illegal' | 'forbidden'; message: string }

export const checkTransition = (
  from: StoryStatus,
  to: StoryStatus,
  roles: Role[],
): TransitionVerdict => {
  if (from === to) return { ok: true }
  const move = storyTransitions[from].find((t) => t.to === to)
  if (!move) {
    const allowed = storyTransitions[from].map((t) => t.to).join(', ')
    return {
      ok: false,
      reason: 'illegal',
      message: `A story cannot move from "${from}" to "${to}" (from "${from}" it can go to: ${allowed}).`,
    }
  }
  if (!roles.some((r) => move.roles.includes(r))) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `Only ${move.roles.join(' or ')} users can move a story from "${from}" to "${to}".`,
    }
  }
  return { ok: true }
}
