import { Readable } from 'node:stream'
import type { Request as ExpressRequest } from 'express'

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
    body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream) : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}
