// Injected failures, applied before Discourse's own handling (as a proxy or the network would).
import type { RequestHandler, Response } from 'express'

export type Faults = {
  /** Every API request has its connection reset (the control API keeps answering). */
  down: boolean
  /** The next N API requests answer `status`. */
  failNext: number
  status: 500 | 502 | 503
  /** Added before every API request is handled; beyond the client's timeout it is a timeout. */
  latencyMs: number
  /** The next N writes are committed, then the connection is destroyed without an answer. */
  dropAfterCommitNext: number
}

export const noFaults = (): Faults => ({
  down: false,
  failNext: 0,
  status: 500,
  latencyMs: 0,
  dropAfterCommitNext: 0,
})

const sendFailure = (res: Response, status: Faults['status']) => {
  if (status === 500) return void res.status(500).type('text/plain').send('Internal Server Error')
  const text = status === 502 ? 'Bad Gateway' : 'Service Unavailable'
  // What nginx in front of Discourse answers while the app is restarting.
  res
    .status(status)
    .type('text/html')
    .send(
      `<html><head><title>${status} ${text}</title></head><body><center><h1>${status} ${text}</h1></center><hr><center>nginx</center></body></html>`,
    )
}

// unref: a request held back by injected latency must not keep a closing process alive.
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

export const faults =
  (f: Faults): RequestHandler =>
  async (req, res, next) => {
    if (f.latencyMs > 0) await delay(f.latencyMs)
    if (res.destroyed || req.socket.destroyed) return
    if (f.down) return void req.socket.destroy()
    if (f.failNext > 0) {
      f.failNext--
      return sendFailure(res, f.status)
    }
    // Counted down in reply() only when a write really commits, so a write the rate limiter
    // or validation refuses does not use the fault up.
    if (f.dropAfterCommitNext > 0 && req.method !== 'GET' && req.method !== 'HEAD')
      res.locals.dropAfterCommit = f
    next()
  }
