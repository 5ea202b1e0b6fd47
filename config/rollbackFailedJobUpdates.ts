// Payload's job-update helper (payload/dist/queues/utilities/updateJob.js) begins a transaction
// of its own, runs the adapter's updateJobs in it and commits, but never rolls it back when the
// statement fails. On Postgres that connection then sits "idle in transaction (aborted)" for
// good: ten such failures (a log row written for a job another process had just deleted) and
// the pool was empty, so the worker ran nothing more. On SQLite the open transaction would
// hold the file's write lock. This wrapper ends such a transaction when its statement fails.
import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

type UpdateJobsArgs = Parameters<DatabaseAdapter['updateJobs']>[0]

/**
 * The helper's request is a bare `{ transactionID }` it made itself; a real PayloadRequest
 * (which carries `payload`) owns its transaction, and its owner rolls it back.
 */
const ownTransactionOf = (req: UpdateJobsArgs['req']) =>
  req && !('payload' in req) ? req.transactionID : undefined

export const rollbackFailedJobUpdates = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const updateJobs = instance.updateJobs
    instance.updateJobs = async function (this: DatabaseAdapter, updateArgs) {
      try {
        return await updateJobs.call(this, updateArgs)
      } catch (err) {
        const transactionID = ownTransactionOf(updateArgs.req)
        if (transactionID) await instance.rollbackTransaction(transactionID).catch(() => undefined)
        throw err
      }
    }
    return instance
  },
})
