import type { Payload } from 'payload'

/**
 * Publishes every approved story whose `scheduledFor` has come (≤ now) and answers their ids.
 * A plain function for node-cron to call: it goes through the normal update path (hooks,
 * versions, the bridge's outbox) as trusted code, so it passes overrideAccess and no user.
 * One failing story does not stop the others; its error is logged and it is tried next run.
 */
export const publishDueStories = async (
  payload: Payload,
  now: Date = new Date(),
): Promise<Array<number | string>> => {
  const due = await payload.find({
    collection: 'stories',
    where: {
      and: [
        { status: { equals: 'approved' } },
        { scheduledFor: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: 'scheduledFor',
    limit: 100,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { scheduledFor: true, publishedAt: true },
  })
  const published: Array<number | string> = []
  for (const story of due.docs) {
    try {
      await payload.update({
        collection: 'stories',
        id: story.id,
        // The scheduled time is the publication time, however late the run that noticed it.
        data: { status: 'published', publishedAt: story.publishedAt ?? story.scheduledFor },
        overrideAccess: true,
        depth: 0,
      })
      published.push(story.id)
    } catch (err) {
      payload.logger.error({ err, storyId: story.id }, 'scheduled publication failed')
    }
  }
  if (published.length) payload.logger.info({ storyIds: published }, 'published scheduled stories')
  return published
}
