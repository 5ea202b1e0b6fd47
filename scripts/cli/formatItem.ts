import type { AdminItem } from '@/bridge/admin/AdminDeps'

const MARK: Record<AdminItem['status'], string> = {
  ok: '✓',
  failed: '✗',
  planned: '~',
  skipped: '-',
}

/** One item as one line: `✗ stories 12 "Title" (topic 45): sync failed: Discourse refused it: …`. */
export const formatItem = (item: AdminItem): string => {
  const who = [
    item.collection,
    item.id,
    item.title ? `"${item.title}"` : '',
    item.topicId ? `(topic ${item.topicId})` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return `${MARK[item.status]} ${who}: ${item.action}${item.detail ? `: ${item.detail}` : ''}`
}
