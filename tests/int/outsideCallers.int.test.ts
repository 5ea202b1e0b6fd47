// What a caller from outside can ask of the API at once, what it can learn about accounts and
// what it can upload: reads are paged (no "give me everything"), logging in or asking for a
// password reset answers the same whether an address has an account, and uploads are raster images.
import { api, authHeaders } from '../helpers/users'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

describe('reads from outside are bounded', () => {
  const { space, users } = bootWithUsers()

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      await space.payload.create({
        collection: 'stories',
        data: { title: `A published story number ${i}`, status: 'published' } as never,
        overrideAccess: true,
      })
    }
  })

  it.each(['limit=0', 'limit=101', 'limit=-1', 'pagination=false', 'pagination=false&limit=5'])(
    'refuses an anonymous or contributor list with %s (400, the bound named)',
    async (query) => {
      for (const user of [null, users.contributor]) {
        const res = await api(space.url, user, 'GET', `/api/stories?${query}`)
        expect(res.status).toBe(400)
        expect(res.body.errors[0].message).toMatch(/limit must be between 1 and 100/)
      }
    },
  )

  it('answers pages of up to 100, and lets staff list without a page as the admin does', async () => {
    expect((await api(space.url, null, 'GET', '/api/stories?limit=100')).status).toBe(200)
    expect((await api(space.url, null, 'GET', '/api/stories')).body.docs).toHaveLength(3)
    const editor = await api(space.url, users.editor, 'GET', '/api/stories?limit=0')
    expect(editor.status).toBe(200)
    expect(editor.body.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('bounds GraphQL lists the same way', async () => {
    const query = async (limit: number) => {
      const res = await fetch(`${space.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ Stories(limit: ${limit}) { docs { title } } }` }),
      })
      return (await res.json()) as {
        data?: { Stories: { docs: unknown[] } | null }
        errors?: Array<{ message: string }>
      }
    }
    const all = await query(0)
    expect(all.data?.Stories ?? null).toBeNull()
    expect(all.errors?.[0]?.message).toMatch(/limit must be between 1 and 100/)
    expect((await query(10)).data?.Stories?.docs).toHaveLength(3)
  })

  it('does not tell whether an address has an account: login and password reset answer alike', async () => {
    const attempt = (email: string) =>
      fetch(`${space.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'not-the-password' }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }))
    const known = await attempt(users.editor.email)
    const unknown = await attempt('nobody-here@example.test')
    expect(known.status).toBe(unknown.status)
    expect(known.body.errors[0].message).toBe(unknown.body.errors[0].message)

    const reset = (email: string) =>
      fetch(`${space.url}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }))
    const knownReset = await reset(users.contributor.email)
    const unknownReset = await reset('nobody-here@example.test')
    expect(knownReset.status).toBe(unknownReset.status)
    expect(knownReset.body.message).toBe(unknownReset.body.message)
  })

  it('never lists accounts to a contributor, even one by one', async () => {
    const res = await fetch(`${space.url}/api/users/${users.admin.id}`, {
      headers: authHeaders(users.contributor),
    })
    expect([403, 404]).toContain(res.status)
  })
})

describe('uploads from outside', () => {
  const { space, users } = bootWithUsers()

  it('refuses an SVG (a document that can carry script) and stores nothing', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/users/me")</script></svg>'
    for (const [type, name] of [
      ['image/svg+xml', 'logo.svg'],
      ['image/png', 'disguised.svg'],
    ]) {
      const form = new FormData()
      form.append('file', new Blob([svg], { type }), name)
      form.append('_payload', JSON.stringify({ alt: 'A logo' }))
      const res = await fetch(`${space.url}/api/media`, {
        method: 'POST',
        headers: authHeaders(users.contributor),
        body: form,
      })
      expect(res.status).toBe(400)
    }
    expect(
      (await space.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })
})
