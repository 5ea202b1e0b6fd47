import type { AdminItem } from './AdminDeps'

/** Counts of items by status, for the closing line and --json. */
export const summarizeItems = (items: AdminItem[]) => {
  const summary = { ok: 0, failed: 0, planned: 0, skipped: 0 }
  for (const item of items) summary[item.status]++
  return summary
}
