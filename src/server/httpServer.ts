import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Express } from 'express'
import type { Env } from '@/config/env'

export type HttpTimeouts = Pick<
  Env,
  'HTTP_KEEP_ALIVE_TIMEOUT_MS' | 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS'
>

export type HttpServer = {
  server: Server
  port: number
  /**
   * Stops taking connections and lets the requests in flight finish (each answered with
   * `Connection: close`); then closes the connections that are left: idle keep-alive ones, and
   * long-lived ones with no request to wait for (an upgraded WebSocket, say). After `graceMs`,
   * whatever is still open is closed too. Resolves once every connection is gone, with how
   * many were still open at the deadline.
   */
  close: (options?: { graceMs?: number }) => Promise<{ cutAtDeadline: number }>
}

/** Node's HTTP timeouts from the configuration (HTTP_*_TIMEOUT_MS in config/env.ts). */
export const applyHttpTimeouts = (server: Server, env: HttpTimeouts) => {
  // Node's default keep-alive of 5 s is shorter than a proxy's or client's idle timeout (60 s is
  // common): the server then closes a connection just as they send the next request on it,
  // and that request fails with ECONNRESET. Keeping it longer leaves the closing to them.
  server.keepAliveTimeout = env.HTTP_KEEP_ALIVE_TIMEOUT_MS
  server.headersTimeout = env.HTTP_HEADERS_TIMEOUT_MS
  server.requestTimeout = env.HTTP_REQUEST_TIMEOUT_MS
}

/**
 * The one way the product's HTTP server is started: by the process (src/server.ts) and by the
 * integration tests (tests/helpers/bootSpace.ts), so both run with the same timeouts and the
 * same shutdown.
 */
export const listen = async (
  app: Express,
  env: HttpTimeouts,
  { port, host }: { port: number; host: string },
): Promise<HttpServer> => {
  const server = createServer(app)
  applyHttpTimeouts(server, env)

  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  const inFlight = new Set<ServerResponse>()
  let closing = false
  // Whatever close() needs to know when a request in flight is done.
  let onResponseDone = () => {}
  // Before the app's own listener, so the header is set before any handler answers.
  server.prependListener('request', (_req, res: ServerResponse) => {
    inFlight.add(res)
    if (closing) res.setHeader('connection', 'close')
    res.once('close', () => {
      inFlight.delete(res)
      onResponseDone()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })

  const close = ({ graceMs = 10_000 }: { graceMs?: number } = {}) =>
    new Promise<{ cutAtDeadline: number }>((resolve) => {
      closing = true
      let cutAtDeadline = 0
      server.close(() => resolve({ cutAtDeadline }))
      // Answers in flight are the last on their connection; a browser's connection that is
      // never idle (it sends its next request before the last answer's keep-alive runs out)
      // would otherwise keep the server open until the shutdown is forced.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close')
      const closeWhatIsLeft = () => {
        for (const socket of sockets) {
          // Node already ends a connection after an answer with `Connection: close`: let it flush.
          if (socket.writableEnded) continue
          if (socket.writableLength > 0) socket.end()
          else socket.destroy()
        }
      }
      onResponseDone = () => {
        // After Node's own bookkeeping for the answer that just finished.
        setImmediate(() => {
          server.closeIdleConnections()
          if (inFlight.size === 0) closeWhatIsLeft()
        })
      }
      server.closeIdleConnections()
      if (inFlight.size === 0) closeWhatIsLeft()
      const deadline = setTimeout(() => {
        cutAtDeadline = sockets.size
        server.closeAllConnections()
        for (const socket of sockets) socket.destroy()
      }, graceMs)
      deadline.unref()
      server.once('close', () => clearTimeout(deadline))
    })

  return { server, port: (server.address() as AddressInfo).port, close }
}
