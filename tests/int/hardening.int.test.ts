// The HTTP hardening in front of Payload: secure headers, login throttling, body size limits,
// the CORS/CSRF allowlist from CORS_ORIGINS, and logs without credentials.
import { Writable } from 'node:stream'
import { bootSpace, type BootedSpace } from '../helpers/bootSpace'
import { createUser, type TestUser } from '../helpers/users'

const ALLOWED = 'https://news.example.org'
const STRANGER = 'https://evil.example.net'

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
    space = await bootSpace({ CORS_ORIGINS: ALLOWED, LOG_LEVEL: 'debug' }, { logDestination })
    editor = await createUser(space.payload, space.url, ['editor'])
  })
  afterAll(async () => {
    await space?.close()
  })

  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${space.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

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
    const res = await postJson('/api/stories', { title: 'x'.repeat(1024 * 1024 + 10) }, { authorization: `JWT ${editor.token}` })
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toMatch(/too large/)
    expect((await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('lets an upload to /api/media go up to 10 MB but no further', async () => {
    const big = new Uint8Array(11 * 1024 * 1024)
    const tooBig = await fetch(`${space.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/octet-stream' }, body: big })
    expect(tooBig.status).toBe(413)
    // 2 MB is over the JSON limit but within the upload limit: it reaches Payload (which refuses a non-image).
    const midsize = new FormData()
    midsize.append('file', new Blob([new Uint8Array(2 * 1024 * 1024)], { type: 'text/plain' }), 'notes.txt')
    midsize.append('_payload', JSON.stringify({ alt: 'not an image' }))
    const reached = await fetch(`${space.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${editor.token}` }, body: midsize })
    expect({ status: reached.status, body: await reached.text() }).not.toMatchObject({ status: 413 })
    expect(reached.status).toBeGreaterThanOrEqual(400)
  })

  it('answers CORS for an allowed origin and not for another', async () => {
    const allowed = await fetch(`${space.url}/api/categories`, { headers: { origin: ALLOWED } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    const stranger = await fetch(`${space.url}/api/categories`, { headers: { origin: STRANGER } })
    expect(stranger.headers.get('access-control-allow-origin')).not.toBe(STRANGER)
  })

  it('ignores the session cookie on requests from an origin outside the allowlist (CSRF)', async () => {
    const login = await postJson('/api/users/login', { email: editor.email, password: editor.password })
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    expect(cookie).toContain('payload-token=')
    const me = (origin: string) => fetch(`${space.url}/api/users/me`, { headers: { cookie, origin } }).then((r) => r.json())
    expect((await me(ALLOWED)).user?.email).toBe(editor.email)
    expect((await me(STRANGER)).user ?? null).toBeNull()
  })

  it('throttles logins from one address to 10 a minute with a JSON 429', async () => {
    // Two logins from this address so far: createUser's and the CSRF test's.
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      const res = await postJson('/api/users/login', { email: editor.email, password: `wrong-password-${i}` })
      statuses.push(res.status)
      await res.text()
    }
    // Payload answers the first eight (wrong password, then its own account lockout); the limit takes the rest.
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(8)).toEqual([429, 429])
    const again = await postJson('/api/users/login', { email: editor.email, password: editor.password })
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
