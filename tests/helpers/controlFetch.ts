// fetch for a local test server's plain HTTP (the simulator's control API, its pages), on a
// connection of its own that is never reused. fetch pools keep-alive sockets, and a socket left
// idle while a test waits (a CLI run, a boot) can be closed by the server's keep-alive timer just
// as the next request goes out on it: ECONNRESET on a request the server never saw. A fresh
// connection each time has no such race, and needs no retry (which a POST could not afford).
import { request, type IncomingHttpHeaders } from 'node:http'

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

const toHeaders = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming))
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, one)
  return headers
}

/** fetch's answer for `url` (an http:// address; a string body or none), sent on a new connection. */
export const controlFetch = (url: string, init: RequestInit = {}): Promise<Response> =>
  new Promise((resolve, reject) => {
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
      throw new TypeError('controlFetch sends string bodies only')
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const status = res.statusCode!
          resolve(
            new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage,
              headers: toHeaders(res.headers),
            }),
          )
        })
      },
    )
    req.on('error', reject)
    req.end(init.body ?? undefined)
  })
