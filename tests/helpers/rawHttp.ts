// HTTP the way real clients send it, where fetch hides it: bodies with `Transfer-Encoding:
// chunked` (no Content-Length, so the server learns their size only as the bytes arrive), and
// requests on a chosen keep-alive agent (connections reused as a browser or proxy reuses them).
import { request, type Agent, type IncomingHttpHeaders } from 'node:http'

export type RawAnswer = { status: number; headers: IncomingHttpHeaders; text: string }

/** GET on the given agent (keep-alive or not); resolves with the whole answer. */
export const httpGet = (url: string, agent: Agent): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })

/**
 * POSTs `body` in 64 KiB chunks (minding backpressure) and resolves with the answer. A server
 * that refuses the body answers before it has all of it and closes the connection; the write
 * error that follows on this side is expected then and ignored once the answer is in.
 */
export const postChunked = (
  url: string,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    let answered = false
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
    })
    req.on('response', (res) => {
      answered = true
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }))
      res.on('error', reject)
    })
    req.on('error', (err) => {
      if (!answered) reject(err)
    })
    let offset = 0
    const writeMore = () => {
      while (offset < body.length) {
        if (answered || req.destroyed) return
        const chunk = body.subarray(offset, offset + 64 * 1024)
        offset += chunk.length
        if (!req.write(chunk)) return void req.once('drain', writeMore)
      }
      req.end()
    }
    writeMore()
  })

/** `value` as JSON, padded with trailing spaces (still valid JSON) to exactly `bytes` bytes. */
export const paddedJson = (value: unknown, bytes: number): Buffer => {
  const json = Buffer.from(JSON.stringify(value))
  if (json.length > bytes)
    throw new Error(`the JSON alone is ${json.length} bytes, more than ${bytes}`)
  return Buffer.concat([json, Buffer.alloc(bytes - json.length, ' ')])
}
