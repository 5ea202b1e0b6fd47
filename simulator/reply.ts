// Every Discourse route answers through here, so "commit then drop the connection" can apply:
// the write has happened, the client sees a reset and cannot know whether it did.
import type { Response } from 'express'

export const reply = (res: Response, status: number, body?: unknown): void => {
  const faults = res.locals.dropAfterCommit as { dropAfterCommitNext: number } | undefined
  if (faults && faults.dropAfterCommitNext > 0 && status < 300) {
    faults.dropAfterCommitNext--
    res.locals.dropped = true
    res.socket?.destroy()
    return
  }
  if (body === undefined) res.status(status).end()
  else res.status(status).json(body)
}
