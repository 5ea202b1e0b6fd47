import type { IncomingMessage } from 'node:http'
import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

export type BodyLimits = {
  /** Bytes allowed in the body of any request not matched by `routes`. */
  defaultBytes: number
  /** Other allowances by path (the path itself and everything under it); the first match wins. */
  routes: Array<{ path: string; bytes: number }>
}

const MiB = 1024 * 1024

export const defaultBodyLimits: BodyLimits = {
  defaultBytes: 1 * MiB,
  routes: [
    // Uploads (Payload's own multipart limits apply within this).
    { path: '/api/media', bytes: 10 * MiB },
    // Discourse deliveries, as the receiver's own raw-body limit (bridge/webhooks/webhookRouter.ts).
    { path: '/api/discourse/webhook', bytes: 2 * MiB },
  ],
}

export const limitFor = (limits: BodyLimits, path: string): number =>
  limits.routes.find((r) => path === r.path || path.startsWith(`${r.path}/`))?.bytes ??
  limits.defaultBytes

/** What the readers of a refused body see instead of its end. `status` and `expose` as express's body parsers set them. */
export class RequestBodyTooLargeError extends Error {
  override readonly name = 'RequestBodyTooLargeError'
  readonly status = 413
  readonly expose = true
  constructor(readonly limitBytes: number) {
    super(`Request body too large: the limit is ${Math.round(limitBytes / 1024)} KB.`)
  }
}

type Refusal = {
  error?: RequestBodyTooLargeError
  listeners: Array<(error: RequestBodyTooLargeError) => void>
}
const refusals = new WeakMap<IncomingMessage, Refusal>()

/**
 * Calls `listener` when this request's body goes over its limit (at once if it already has).
 * For readers that hand the body on as another stream (toWebRequest, for Payload): they fail
 * it with the error rather than wait for the connection to close.
 */
export const onBodyTooLarge = (
  req: IncomingMessage,
  listener: (error: RequestBodyTooLargeError) => void,
): void => {
  const refusal = refusals.get(req)
  if (!refusal) return
  if (refusal.error) listener(refusal.error)
  else refusal.listeners.push(listener)
}

/** Whether this request was answered 413 by the limit (so what its handler does after is moot). */
export const bodyWasRefused = (req: IncomingMessage): boolean =>
  refusals.get(req)?.error !== undefined

const answerTooLarge = (res: Response, max: number) => {
  // Close the connection: the rest of the oversized body is not worth reading.
  res.set('connection', 'close')
  res.status(413).json({ errors: [{ message: new RequestBodyTooLargeError(max).message }] })
}

/**
 * Refuses request bodies over the limit with 413 and stores nothing, on every route (the API,
 * the webhook receiver, Next's routes). A declared Content-Length over the limit is refused
 * before a byte is read. Any other body (`Transfer-Encoding: chunked`) is counted as it arrives,
 * before any reader sees it, whoever reads it (Payload through toWebRequest, express's body
 * parsers, Next): once over the limit the reader gets no more bytes and never the body's end,
 * the client gets the 413 and the connection is closed; readers that hand the body on
 * (toWebRequest) are failed at once through onBodyTooLarge.
 *
 * The count is taken where Node's HTTP parser hands each body chunk to the request stream
 * (`push`): the one point every reader's bytes pass through. The integration tests
 * (tests/int/hardening.int.test.ts) send chunked bodies through it.
 */
export const bodySizeLimit =
  (limits: BodyLimits = defaultBodyLimits, logger?: Payload['logger']): RequestHandler =>
  (req, res, next) => {
    // baseUrl + path: the full path whatever this middleware is mounted under.
    const path = req.baseUrl + req.path
    const max = limitFor(limits, path)
    const declared = Number(req.headers['content-length'] ?? 0)
    if (Number.isFinite(declared) && declared > max) return answerTooLarge(res, max)

    const refusal: Refusal = { listeners: [] }
    refusals.set(req, refusal)
    const push = req.push
    let received = 0
    req.push = function countingPush(
      this: IncomingMessage,
      chunk: unknown,
      encoding?: BufferEncoding,
    ): boolean {
      // Refused: what is left of the body is read off the wire and dropped, its end included.
      if (refusal.error) return true
      if (chunk !== null && chunk !== undefined) {
        received +=
          typeof chunk === 'string'
            ? Buffer.byteLength(chunk, encoding)
            : (chunk as Uint8Array).byteLength
        if (received > max) {
          refusal.error = new RequestBodyTooLargeError(max)
          logger?.warn(
            { ip: req.ip, method: req.method, path, limitBytes: max },
            'request body over the limit: refused with 413',
          )
          // Already answered without the body: nothing to say, stop reading.
          if (res.headersSent) req.socket.destroy()
          else answerTooLarge(res, max)
          for (const listener of refusal.listeners.splice(0)) listener(refusal.error)
          return true
        }
      }
      return push.call(this, chunk, encoding)
    }
    next()
  }
