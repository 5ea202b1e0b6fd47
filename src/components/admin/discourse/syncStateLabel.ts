const labels: Record<string, string> = {
  none: 'Not on the forum',
  pending: 'Sync pending',
  synced: 'In sync',
  failed: 'Sync failed',
  topic_deleted: 'Topic deleted on the forum',
}

/** What an editor reads for a sync state. */
export const syncStateLabel = (state: string | null | undefined): string =>
  labels[state ?? 'none'] ?? String(state)
