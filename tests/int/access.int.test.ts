// The access matrix: every caller × every collection × create/read/update/delete/publish,
// through the real REST API. A denied write must also leave the database as it was.
import sharp from 'sharp'
import { randomUUID } from 'node:crypto'
import type { CollectionSlug } from 'payload'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import {
  authHeaders,
  createUser,
  createUsersPerRole,
  api,
  type Caller,
  type Callers,
  type TestUser,
} from '../helpers/users'

type Action = 'create' | 'read' | 'update' | 'delete' | 'publish'
/** Whose document the request is about. `own` is the caller's; `other` belongs to another contributor. */
type Target =
  | 'new'
  | 'published'
  | 'own draft'
  | 'own submitted'
  | 'own changes requested'
  | 'own published'
  | 'other draft'
  | 'other approved'
  | 'own account'
  | 'other account'
  | 'any'
/** One letter per caller, in the order anonymous, contributor, editor, admin: A allowed, D denied, - not applicable. */
type Verdicts = string

const callers: Caller[] = ['anonymous', 'contributor', 'editor', 'admin']

// prettier-ignore
const matrix: Array<[CollectionSlug, Action, Target, Verdicts]> = [
  //                                                   anon contrib editor admin
  ['stories',             'create',  'new',                    'D A A A'],
  ['stories',             'read',    'published',              'A A A A'],
  ['stories',             'read',    'own draft',              '- A A A'],
  ['stories',             'read',    'other draft',            'D D A A'],
  ['stories',             'update',  'own draft',              '- A A A'],
  ['stories',             'update',  'own changes requested',  '- A A A'],
  ['stories',             'update',  'own submitted',          '- D A A'],
  ['stories',             'update',  'own published',          '- D A A'],
  ['stories',             'update',  'other draft',            'D D A A'],
  ['stories',             'delete',  'own draft',              '- A A A'],
  ['stories',             'delete',  'own submitted',          '- D A A'],
  ['stories',             'delete',  'other draft',            'D D A A'],
  ['stories',             'publish', 'own draft',              '- D A A'],
  ['stories',             'publish', 'other approved',         'D D A A'],
  ['events',              'create',  'new',                    'D A A A'],
  ['events',              'read',    'published',              'A A A A'],
  ['events',              'read',    'own draft',              '- A A A'],
  ['events',              'read',    'other draft',            'D D A A'],
  ['events',              'update',  'own draft',              '- A A A'],
  ['events',              'update',  'own published',          '- D A A'],
  ['events',              'update',  'other draft',            'D D A A'],
  ['events',              'delete',  'own draft',              '- A A A'],
  ['events',              'delete',  'other draft',            'D D A A'],
  ['events',              'publish', 'own draft',              '- D A A'],
  ['events',              'publish', 'other draft',            'D D A A'],
  ['editorial-templates', 'create',  'new',                    'D D A A'],
  ['editorial-templates', 'read',    'any',                    'D A A A'],
  ['editorial-templates', 'update',  'any',                    'D D A A'],
  ['editorial-templates', 'delete',  'any',                    'D D A A'],
  ['categories',          'create',  'new',                    'D D A A'],
  ['categories',          'read',    'any',                    'A A A A'],
  ['categories',          'update',  'any',                    'D D A A'],
  ['categories',          'delete',  'any',                    'D D A A'],
  ['media',               'create',  'new',                    'D A A A'],
  ['media',               'read',    'any',                    'A A A A'],
  ['media',               'update',  'any',                    'D D A A'],
  ['media',               'delete',  'any',                    'D D A A'],
  ['users',               'create',  'new',                    'D D D A'],
  ['users',               'read',    'own account',            '- A A A'],
  ['users',               'read',    'other account',          'D D D A'],
  ['users',               'update',  'own account',            '- A A A'],
  ['users',               'update',  'other account',          'D D D A'],
  ['users',               'delete',  'other account',          'D D D A'],
]

const cases = matrix.flatMap(([collection, action, target, verdicts]) =>
  verdicts
    .split(' ')
    .map((verdict, i) => ({
      collection,
      action,
      target,
      caller: callers[i],
      allowed: verdict === 'A',
      verdict,
    }))
    .filter((c) => c.verdict !== '-'),
)

/** The field each collection's "update" changes, and the value it writes. */
const updateField: Record<string, string> = {
  stories: 'summary',
  events: 'venue',
  'editorial-templates': 'description',
  categories: 'name',
  media: 'alt',
  users: 'affiliation',
}

const tinyPng = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()

describe('access matrix (REST)', () => {
  let space: BootedSpace
  let users: Callers
  let other: TestUser
  let png: Buffer

  beforeAll(async () => {
    space = await bootSpace()
    users = await createUsersPerRole(space.payload, space.url)
    other = await createUser(space.payload, space.url, ['contributor'], 'Olga Other')
    png = await tinyPng()
  })
  afterAll(async () => {
    // Uploaded files live on disk; deleting the documents removes them.
    await space?.payload.delete({
      collection: 'media',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    await space?.close()
  })

  const userOf = (caller: Caller) => (caller === 'anonymous' ? null : users[caller])

  /** Creates the target document through the Local API (no access checks) and answers its id. */
  const fixture = async (
    collection: CollectionSlug,
    target: Target,
    caller: Caller,
  ): Promise<number> => {
    const owner = target.startsWith('own') ? userOf(caller)! : other
    const status = target
      .replace(/^(own|other) /, '')
      .replace('changes requested', 'changes_requested')
    const payload = space.payload
    const tag = randomUUID().slice(0, 8)
    switch (collection) {
      case 'stories': {
        const s = target === 'published' ? 'published' : status
        const doc = await payload.create({
          collection,
          data: {
            title: `Access matrix story ${tag}`,
            slug: `story-${tag}`,
            status: s as 'draft',
            authors: [owner.id],
          },
          overrideAccess: true,
        })
        return doc.id
      }
      case 'events': {
        const publication = target === 'published' || status === 'published' ? 'published' : 'draft'
        const doc = await payload.create({
          collection,
          data: {
            title: `Access matrix event ${tag}`,
            slug: `event-${tag}`,
            status: 'scheduled',
            start: '2031-03-01T10:00:00Z',
            end: '2031-03-01T12:00:00Z',
            timezone: 'UTC',
            format: 'online',
            onlineUrl: 'https://meet.example.org/x',
            publication,
            createdBy: owner.id,
          },
          overrideAccess: true,
        })
        return doc.id
      }
      case 'editorial-templates':
        return (
          await payload.create({
            collection,
            data: { name: `Template ${tag}` },
            overrideAccess: true,
          })
        ).id
      case 'categories':
        return (
          await payload.create({
            collection,
            data: { name: `Category ${tag}`, slug: `category-${tag}` },
            overrideAccess: true,
          })
        ).id
      case 'media':
        return (
          await payload.create({
            collection,
            data: { alt: `Picture ${tag}` },
            file: { data: png, mimetype: 'image/png', name: `p-${tag}.png`, size: png.length },
            overrideAccess: true,
          })
        ).id
      case 'users':
        if (target === 'own account') return userOf(caller)!.id
        // A fresh account each time, so an allowed delete or update leaves `other` intact.
        return (
          await payload.create({
            collection,
            data: { ...newDocument('users'), roles: ['contributor'] } as never,
            overrideAccess: true,
          })
        ).id
      default:
        throw new Error(`no fixture for ${collection}`)
    }
  }

  const newDocument = (collection: CollectionSlug): Record<string, unknown> => {
    const tag = randomUUID().slice(0, 8)
    switch (collection) {
      case 'stories':
        return { title: `New story ${tag}` }
      case 'events':
        return {
          title: `New event ${tag}`,
          start: '2031-04-01T10:00:00Z',
          end: '2031-04-01T11:00:00Z',
          timezone: 'Europe/Berlin',
          format: 'in_person',
          latitude: 52.52,
          longitude: 13.4,
        }
      case 'editorial-templates':
        return { name: `New template ${tag}` }
      case 'categories':
        return { name: `New category ${tag}`, slug: `new-${tag}` }
      case 'users':
        return {
          email: `new-${tag}@example.test`,
          password: `pw-${tag}-secret`,
          name: `New ${tag}`,
        }
      default:
        return { alt: `New picture ${tag}` }
    }
  }

  const create = async (collection: CollectionSlug, user: TestUser | null) => {
    const data = newDocument(collection)
    if (collection !== 'media') return api(space.url, user, 'POST', `/api/${collection}`, data)
    // Uploads are multipart: the file plus the other fields as JSON in `_payload`.
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      `upload-${randomUUID().slice(0, 8)}.png`,
    )
    form.append('_payload', JSON.stringify(data))
    const res = await fetch(`${space.url}/api/media`, {
      method: 'POST',
      headers: authHeaders(user),
      body: form,
    })
    return { status: res.status, body: await res.json() }
  }

  const stored = (collection: CollectionSlug, id: number) =>
    space.payload
      .find({ collection, where: { id: { equals: id } }, overrideAccess: true, depth: 0, limit: 1 })
      .then((r) => r.docs[0] as Record<string, any> | undefined)

  it.each(cases)(
    '$caller: $action $collection ($target) → $verdict',
    async ({ collection, action, target, caller, allowed }) => {
      const user = userOf(caller)
      const expectStatus = (status: number) =>
        allowed ? expect(status).toBeLessThan(300) : expect([401, 403, 404]).toContain(status)

      if (action === 'create') {
        const before = (await space.payload.count({ collection, overrideAccess: true })).totalDocs
        const res = await create(collection, user)
        expectStatus(res.status)
        const after = (await space.payload.count({ collection, overrideAccess: true })).totalDocs
        expect(after - before).toBe(allowed ? 1 : 0)
        return
      }

      const id = await fixture(collection, target, caller)
      const before = await stored(collection, id)

      if (action === 'read') {
        const res = await api(space.url, user, 'GET', `/api/${collection}/${id}`)
        expectStatus(res.status)
        if (allowed) expect(res.body.id).toBe(id)
        return
      }

      if (action === 'delete') {
        const res = await api(space.url, user, 'DELETE', `/api/${collection}/${id}`)
        expectStatus(res.status)
        expect(Boolean(await stored(collection, id))).toBe(!allowed)
        return
      }

      const [field, value] =
        action === 'publish'
          ? [collection === 'events' ? 'publication' : 'status', 'published']
          : [updateField[collection], `changed ${randomUUID().slice(0, 8)}`]
      const res = await api(space.url, user, 'PATCH', `/api/${collection}/${id}`, {
        [field]: value,
      })
      expectStatus(res.status)
      const after = await stored(collection, id)
      expect(after?.[field]).toBe(allowed ? value : before?.[field])
      if (!allowed) expect(after?.updatedAt).toBe(before?.updatedAt)
    },
  )

  it('refuses a contributor publishing their own story with 403 and a message naming the move', async () => {
    const id = await fixture('stories', 'own draft', 'contributor')
    const res = await api(space.url, users.contributor, 'PATCH', `/api/stories/${id}`, {
      status: 'published',
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/draft.*published/)
  })

  it('refuses a contributor publishing their own event with 403', async () => {
    const id = await fixture('events', 'own draft', 'contributor')
    const res = await api(space.url, users.contributor, 'PATCH', `/api/events/${id}`, {
      publication: 'published',
      venue: 'Town hall',
    })
    expect(res.status).toBe(403)
    expect((await stored('events', id))?.venue).toBeNull()
  })

  it('lets nobody but an admin hand out roles: a contributor promoting themself stays a contributor', async () => {
    const res = await api(
      space.url,
      users.contributor,
      'PATCH',
      `/api/users/${users.contributor.id}`,
      { roles: ['admin'] },
    )
    expect(res.status).toBe(200)
    expect((await stored('users', users.contributor.id))?.roles).toEqual(['contributor'])
  })

  it('lists only their own account to a non-admin, and nothing to the anonymous', async () => {
    const anonymous = await api(space.url, null, 'GET', '/api/users')
    expect(anonymous.status).toBe(403)
    for (const role of ['contributor', 'editor'] as const) {
      const res = await api(space.url, users[role], 'GET', '/api/users?limit=100')
      expect(res.body.docs.map((u: { id: number }) => u.id)).toEqual([users[role].id])
    }
    const admin = await api(space.url, users.admin, 'GET', '/api/users?limit=100')
    expect(admin.body.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('lists to anonymous readers only published stories and events', async () => {
    for (const [collection, field] of [
      ['stories', 'status'],
      ['events', 'publication'],
    ] as const) {
      await fixture(collection, 'other draft', 'anonymous')
      await fixture(collection, 'published', 'anonymous')
      const res = await api(space.url, null, 'GET', `/api/${collection}?limit=100&depth=0`)
      expect(res.body.docs.length).toBeGreaterThan(0)
      expect(res.body.docs.every((d: Record<string, unknown>) => d[field] === 'published')).toBe(
        true,
      )
      expect(res.body.docs.some((d: Record<string, unknown>) => 'reviewNotes' in d)).toBe(false)
    }
  })
})
