// Every Discourse route answers through here, so "commit then drop the connection" can apply:
// the write has happened, the client sees a reset and cannot know whether it did.
import type { Response } from 'express'

export const reply = (res: Response, status: number, body?: unknown): void => {
  if (res.locals.dropAfterCommit && status < 300) {
    res.locals.dropped = true
    res.socket?.destroy()
    return
  }
  if (body === undefined) res.status(status).end()
  else res.status(status).json(body)
}
