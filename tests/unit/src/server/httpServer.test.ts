// The product's HTTP server (src/server/httpServer.ts): Node's timeouts from the configuration,
// and a shutdown that lets answers in flight finish and then closes every connection, even
// those a client keeps busy or a protocol upgrade keeps open.
import { Agent } from 'node:http'
import { connect } from 'node:net'
import { once } from 'node:events'
import express from 'express'
import { parseEnv } from '@/config/env'
import { listen, type HttpServer } from '@/src/server/httpServer'
import { httpGet as get } from '@/tests/helpers/rawHttp'

/** An app with a fast route and a slow one that answers when the test says so. */
const slowApp = () => {
  const app = express()
  let release = () => {}
  let entered = () => {}
  const slowEntered = new Promise<void>((r) => (entered = r))
  app.get('/ping', (_req, res) => void res.send('pong'))
  app.get('/slow', (_req, res) => {
    entered()
    release = () => void res.send('finished')
  })
  return { app, slowEntered, release: () => release() }
}

let http: HttpServer | undefined
const agents: Agent[] = []
const keepAliveAgent = (options: { maxSockets?: number } = {}) => {
  const agent = new Agent({ keepAlive: true, ...options })
  agents.push(agent)
  return agent
}
afterEach(async () => {
  for (const agent of agents.splice(0)) agent.destroy()
  if (http?.server.listening) await http.close({ graceMs: 0 })
  http = undefined
})

describe('the HTTP server timeouts', () => {
  it('come from the configuration: by default keep-alive 65 s and headers 66 s (above a proxy’s 60 s), whole requests 5 min', async () => {
    http = await listen(express(), parseEnv({}), { port: 0, host: '127.0.0.1' })
    expect({
      keepAlive: http.server.keepAliveTimeout,
      headers: http.server.headersTimeout,
      request: http.server.requestTimeout,
    }).toEqual({
      keepAlive: 65_000,
      headers: 66_000,
      request: 300_000,
    })
  })

  it('take the values an operator sets', async () => {
    const env = parseEnv({
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000',
      HTTP_HEADERS_TIMEOUT_MS: '76000',
      HTTP_REQUEST_TIMEOUT_MS: '120000',
    })
    http = await listen(express(), env, { port: 0, host: '127.0.0.1' })
    expect([
      http.server.keepAliveTimeout,
      http.server.headersTimeout,
      http.server.requestTimeout,
    ]).toEqual([75_000, 76_000, 120_000])
  })

  it('are advertised to clients on keep-alive answers', async () => {
    const { app } = slowApp()
    http = await listen(app, parseEnv({}), { port: 0, host: '127.0.0.1' })
    const answer = await get(`http://127.0.0.1:${http.port}/ping`, keepAliveAgent())
    expect(answer.headers['keep-alive']).toBe('timeout=65')
  })
})

describe('closing the HTTP server', () => {
  it('lets the answer in flight finish, closes its connection after it, and closes idle keep-alive connections', async () => {
    const { app, slowEntered, release } = slowApp()
    http = await listen(app, parseEnv({}), { port: 0, host: '127.0.0.1' })
    const url = `http://127.0.0.1:${http.port}`
    // Three idle keep-alive connections, as a browser leaves them.
    const idle = keepAliveAgent()
    await Promise.all([
      get(`${url}/ping`, idle),
      get(`${url}/ping`, idle),
      get(`${url}/ping`, idle),
    ])
    // One connection busy with a slow answer; its client sends its next requests on it as soon as it can.
    const busy = keepAliveAgent({ maxSockets: 1 })
    const slow = get(`${url}/slow`, busy)
    await slowEntered

    const closed = http.close({ graceMs: 30_000 })
    release()
    const answer = await slow
    expect({
      status: answer.status,
      text: answer.text,
      connection: answer.headers.connection,
    }).toEqual({ status: 200, text: 'finished', connection: 'close' })
    // The client's next request finds the server gone instead of keeping the connection busy.
    await expect(get(`${url}/ping`, busy)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    expect(await closed).toEqual({ cutAtDeadline: 0 })
  })

  it('answers a request that arrives on a kept-alive connection while closing, with Connection: close', async () => {
    const { app, slowEntered, release } = slowApp()
    http = await listen(app, parseEnv({}), { port: 0, host: '127.0.0.1' })
    const url = `http://127.0.0.1:${http.port}`
    const slow = get(`${url}/slow`, keepAliveAgent())
    await slowEntered
    // A raw keep-alive connection with a request started before close() and finished after.
    const socket = connect(http.port, '127.0.0.1')
    await once(socket, 'connect')
    socket.write('GET /ping HTTP/1.1\r\nHost: x\r\n')
    let raw = ''
    socket.setEncoding('utf8').on('data', (d: string) => (raw += d))
    const ended = once(socket, 'close')
    const answered = new Promise<void>((resolve) =>
      socket.on('data', () => raw.endsWith('pong') && resolve()),
    )
    const closed = http.close({ graceMs: 30_000 })
    socket.write('\r\n')
    await answered
    release()
    await slow
    await ended
    expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(raw).toMatch(/\r\nConnection: close\r\n/i)
    expect(raw).toMatch(/pong$/)
    expect(await closed).toEqual({ cutAtDeadline: 0 })
  })

  it('closes an upgraded connection (a WebSocket, say), which has no request to wait for', async () => {
    http = await listen(express(), parseEnv({}), { port: 0, host: '127.0.0.1' })
    http.server.on('upgrade', (_req, socket) =>
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\n',
      ),
    )
    const socket = connect(http.port, '127.0.0.1')
    socket.write('GET /live HTTP/1.1\r\nHost: x\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\n')
    let raw = ''
    socket.setEncoding('utf8').on('data', (d: string) => (raw += d))
    socket.on('error', () => {})
    await new Promise<void>((resolve) =>
      socket.on('data', () => raw.includes('\r\n\r\n') && resolve()),
    )
    expect(raw).toMatch(/^HTTP\/1\.1 101 /)
    const ended = once(socket, 'close')
    expect(await http.close({ graceMs: 30_000 })).toEqual({ cutAtDeadline: 0 })
    await ended
  })

  it('closes a connection still busy at the deadline and says so', async () => {
    const app = express()
    let entered = () => {}
    const handlerEntered = new Promise<void>((r) => (entered = r))
    app.get('/never', () => entered())
    http = await listen(app, parseEnv({}), { port: 0, host: '127.0.0.1' })
    const never = get(`http://127.0.0.1:${http.port}/never`, keepAliveAgent())
    await handlerEntered
    expect(await http.close({ graceMs: 200 })).toEqual({ cutAtDeadline: 1 })
    await expect(never).rejects.toMatchObject({ code: 'ECONNRESET' })
  })
})
