// Payload's jobs endpoints run jobs in the process that answers them; jobs run on workers only,
// so the web API serves none of them: a signed-in admin calling them gets 404 and the job
// queued before stays queued, unrun.
import { bootWithUsers } from '@/tests/helpers/suiteSpace'
import { JOBS_COLLECTION, SYNC_QUEUE, SYNC_TASK } from '@/bridge/outbox/jobs'

const { space, users } = bootWithUsers()

const queuedJobs = async () =>
  (
    await space.payload.find({
      collection: JOBS_COLLECTION,
      where: { queue: { equals: SYNC_QUEUE } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

it.each([
  ['GET', '/api/payload-jobs/run?queue=discourse&limit=10'],
  ['GET', '/api/payload-jobs/run?allQueues=true'],
  ['GET', '/api/payload-jobs/handle-schedules?allQueues=true'],
  ['POST', '/api/payload-jobs/run'],
  ['GET', '/api/payload-jobs'],
])('%s %s answers 404 and runs nothing, even for an admin', async (method, path) => {
  await space.payload.jobs.queue({
    task: SYNC_TASK,
    queue: SYNC_QUEUE,
    input: { collection: 'stories', id: '999999' },
  })
  const before = await queuedJobs()
  expect(before.length).toBeGreaterThan(0)
  const res = await fetch(`${space.url}${path}`, {
    method,
    headers: { authorization: `JWT ${users.admin.token}` },
  })
  expect(res.status).toBe(404)
  const after = await queuedJobs()
  expect(after.map((j) => [j.id, j.processing, j.totalTried])).toEqual(
    before.map((j) => [j.id, j.processing, j.totalTried]),
  )
})
