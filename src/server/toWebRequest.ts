import { Readable } from 'node:stream'
import type { Request as ExpressRequest } from 'express'
import { onBodyTooLarge } from './security/bodySizeLimit'

/**
 * The request's body as a web stream, without buffering it. Over the size limit (bodySizeLimit
 * counts the bytes as they arrive) it fails with the limit's error at once, so Payload stops
 * reading and stores nothing; the 413 is already answered by then.
 */
const bodyStream = (req: ExpressRequest): ReadableStream<Uint8Array> => {
  const source = (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>).getReader()
  let refused = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      onBodyTooLarge(req, (error) => {
        refused = true
        controller.error(error)
      })
    },
    async pull(controller) {
      const { done, value } = await source.read()
      if (refused) return
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel: (reason) => source.cancel(reason),
  })
}

/** Turns an express request into a Fetch `Request` without buffering its body. */
export const toWebRequest = (req: ExpressRequest): Request => {
  const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.originalUrl, origin), {
    method: req.method,
    headers,
    body: hasBody ? bodyStream(req) : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}
