'use client'
// The "Forum" column of the stories and events lists: state, topic link and reply count at a glance.
import type { DefaultCellComponentProps } from 'payload'
import { syncStateLabel } from './syncStateLabel'

type DiscourseCellData = {
  syncState?: string | null
  topicUrl?: string | null
  replyCount?: number | null
} | null

export const DiscourseCell = ({ cellData }: DefaultCellComponentProps) => {
  const d = cellData as unknown as DiscourseCellData
  if (!d) return <span>{syncStateLabel('none')}</span>
  return (
    <span data-testid="discourse-cell">
      {syncStateLabel(d.syncState)}
      {d.topicUrl ? (
        <>
          {' · '}
          <a
            href={d.topicUrl}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => e.stopPropagation()}
          >
            topic
          </a>
          {` · ${d.replyCount ?? 0} ${d.replyCount === 1 ? 'reply' : 'replies'}`}
        </>
      ) : null}
    </span>
  )
}
