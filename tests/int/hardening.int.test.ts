// The HTTP hardening in front of Payload: secure headers, login throttling, body size limits
// (declared or counted as the bytes arrive), the CORS/CSRF allowlist from CORS_ORIGINS, logs
// without credentials, and keep-alive timeouts longer than a proxy's.
import { Agent } from 'node:http'
import { Writable } from 'node:stream'
import { Router } from 'express'
import { signWebhookBody } from '@/simulator'
import { webhookRouter } from '@/bridge/webhooks/webhookRouter'
import { seenDeliveries } from '@/bridge/webhooks/seenDeliveries'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { httpGet, paddedJson, postChunked } from '../helpers/rawHttp'
import { createUser, type TestUser } from '../helpers/users'

const ALLOWED = 'https://news.example.org'
const STRANGER = 'https://evil.example.net'
const WEBHOOK_SECRET = 'hardening-webhook-secret'
const MiB = 1024 * 1024

/** Bytes of the last body this route read to its end: it reads the Node request stream itself, as Next does. */
let streamReaderSaw: number | null = null
const streamReader = Router().post('/stream-reader', async (req, res, next) => {
  try {
    let bytes = 0
    for await (const chunk of req) bytes += (chunk as Buffer).length
    streamReaderSaw = bytes
    res.json({ bytes })
  } catch (err) {
    next(err)
  }
})

describe('HTTP hardening', () => {
  let space: BootedSpace
  let editor: TestUser
  const logLines: string[] = []
  beforeAll(async () => {
    const logDestination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk))
        done()
      },
    })
    const webhooks = webhookRouter({ payload: () => space.payload, secret: WEBHOOK_SECRET })
    space = await bootSpace(
      { CORS_ORIGINS: ALLOWED, LOG_LEVEL: 'debug' },
      { logDestination, routers: [webhooks, streamReader] },
    )
    editor = await createUser(space.payload, space.url, ['editor'])
  })
  afterAll(async () => {
    await space?.close()
  })

  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${space.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })

  it('sends secure headers, a content security policy among them', async () => {
    for (const path of ['/healthz', '/api/stories']) {
      const res = await fetch(`${space.url}${path}`)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(res.headers.get('content-security-policy')).toContain("object-src 'none'")
      expect(res.headers.get('x-powered-by')).toBeNull()
    }
  })

  it('answers an oversized JSON body with 413 and writes nothing', async () => {
    const res = await postJson(
      '/api/stories',
      { title: 'x'.repeat(1024 * 1024 + 10) },
      { authorization: `JWT ${editor.token}` },
    )
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toMatch(/too large/)
    expect(
      (await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('lets an upload to /api/media go up to 10 MB but no further', async () => {
    const big = new Uint8Array(11 * 1024 * 1024)
    const tooBig = await fetch(`${space.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/octet-stream' },
      body: big,
    })
    expect(tooBig.status).toBe(413)
    // 2 MB is over the JSON limit but within the upload limit: it reaches Payload (which refuses a non-image).
    const midsize = new FormData()
    midsize.append(
      'file',
      new Blob([new Uint8Array(2 * 1024 * 1024)], { type: 'text/plain' }),
      'notes.txt',
    )
    midsize.append('_payload', JSON.stringify({ alt: 'not an image' }))
    const reached = await fetch(`${space.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor.token}` },
      body: midsize,
    })
    expect({ status: reached.status, body: await reached.text() }).not.toMatchObject({
      status: 413,
    })
    expect(reached.status).toBeGreaterThanOrEqual(400)
  })

  const storyCount = async () =>
    (await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs
  const tooLarge = (answer: { status: number; text: string }) => {
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.text)).toEqual({
      errors: [{ message: expect.stringMatching(/too large/) }],
    })
  }

  it('counts a chunked body to the REST API as it arrives: 3 MiB is refused with 413 and stores nothing, 1 MiB is stored', async () => {
    const before = await storyCount()
    const auth = { authorization: `JWT ${editor.token}` }
    tooLarge(
      await postChunked(
        `${space.url}/api/stories`,
        paddedJson({ title: 'Oversized chunked story', status: 'draft' }, 3 * MiB),
        auth,
      ),
    )
    // Exactly the limit is still taken; written after the refused one, so a late write of that would show in the count.
    const taken = await postChunked(
      `${space.url}/api/stories`,
      paddedJson({ title: 'Chunked story at the limit', status: 'draft' }, MiB),
      auth,
    )
    expect({ status: taken.status, text: taken.status === 201 ? '' : taken.text }).toEqual({
      status: 201,
      text: '',
    })
    expect(await storyCount()).toBe(before + 1)
    const refused = await space.payload.count({
      collection: 'stories',
      where: { title: { equals: 'Oversized chunked story' } },
      overrideAccess: true,
    })
    expect(refused.totalDocs).toBe(0)
  })

  it('counts a chunked upload against the upload limit: 11 MiB to /api/media is refused with 413', async () => {
    const boundary = 'space-test-boundary'
    const upload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      Buffer.alloc(11 * MiB),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    tooLarge(
      await postChunked(`${space.url}/api/media`, upload, {
        authorization: `JWT ${editor.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      }),
    )
    expect(
      (await space.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('counts a chunked Discourse webhook delivery as it arrives: 3 MiB is refused with 413, a signed one of 2 MiB is taken', async () => {
    const deliver = (eventId: string, body: Buffer) =>
      postChunked(`${space.url}/api/discourse/webhook`, body, {
        'x-discourse-event': 'topic_created',
        'x-discourse-event-id': eventId,
        'x-discourse-event-signature': signWebhookBody(WEBHOOK_SECRET, body.toString('utf8')),
      })
    const event = { topic: { id: 424242, title: 'A topic Space does not know' } }
    tooLarge(await deliver('oversized-delivery', paddedJson(event, 3 * MiB)))
    expect(await seenDeliveries.has(space.payload, 'oversized-delivery')).toBe(false)
    const taken = await deliver('delivery-at-the-limit', paddedJson(event, 2 * MiB))
    expect({ status: taken.status, body: JSON.parse(taken.text) }).toEqual({
      status: 200,
      body: { status: 'ignored' },
    })
    expect(await seenDeliveries.has(space.payload, 'delivery-at-the-limit')).toBe(true)
  })

  it('counts the body for any route that reads the request stream itself (as Next does): 3 MiB is refused before the route reads its end', async () => {
    streamReaderSaw = null
    tooLarge(await postChunked(`${space.url}/stream-reader`, Buffer.alloc(3 * MiB, 'x')))
    expect(streamReaderSaw).toBeNull()
    const taken = await postChunked(`${space.url}/stream-reader`, Buffer.alloc(MiB, 'x'))
    expect({ status: taken.status, text: taken.text }).toEqual({
      status: 200,
      text: JSON.stringify({ bytes: MiB }),
    })
  })

  it('keeps an idle connection open 65 s (longer than a proxy’s 60 s), so a reused connection is not closed under a request', async () => {
    const agent = new Agent({ keepAlive: true })
    try {
      const { headers } = await httpGet(`${space.url}/healthz`, agent)
      expect(headers['keep-alive']).toBe('timeout=65')
    } finally {
      agent.destroy()
    }
  })

  it('answers CORS for an allowed origin and not for another', async () => {
    const allowed = await fetch(`${space.url}/api/categories`, { headers: { origin: ALLOWED } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    const stranger = await fetch(`${space.url}/api/categories`, { headers: { origin: STRANGER } })
    expect(stranger.headers.get('access-control-allow-origin')).not.toBe(STRANGER)
  })

  it('ignores the session cookie on requests from an origin outside the allowlist (CSRF)', async () => {
    const login = await postJson('/api/users/login', {
      email: editor.email,
      password: editor.password,
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    expect(cookie).toContain('payload-token=')
    const me = (origin: string) =>
      fetch(`${space.url}/api/users/me`, { headers: { cookie, origin } }).then((r) => r.json())
    expect((await me(ALLOWED)).user?.email).toBe(editor.email)
    expect((await me(STRANGER)).user ?? null).toBeNull()
  })

  it('throttles logins from one address to 10 a minute with a JSON 429', async () => {
    // Two logins from this address so far: createUser's and the CSRF test's.
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      const res = await postJson('/api/users/login', {
        email: editor.email,
        password: `wrong-password-${i}`,
      })
      statuses.push(res.status)
      await res.text()
    }
    // Payload answers the first eight (wrong password, then its own account lockout); the limit takes the rest.
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(8)).toEqual([429, 429])
    const again = await postJson('/api/users/login', {
      email: editor.email,
      password: editor.password,
    })
    expect(again.status).toBe(429)
    expect((await again.json()).errors[0].message).toMatch(/Too many login attempts/)
    expect(again.headers.get('ratelimit-policy')).toContain('10')
  })

  it('keeps emails and passwords out of the logs, failed and throttled logins included', () => {
    const log = logLines.join('')
    expect(log).toContain('login throttled')
    expect(log).not.toContain(editor.email)
    expect(log).not.toContain(editor.password)
    expect(log).not.toContain('wrong-password')
  })
})
