// The CMS on both production databases: the same REST calls, the same answers, on SQLite and on
// a real Postgres (embedded, started by the tests themselves).
import { randomUUID } from 'node:crypto'
import { bootSpace } from '@/harness/bootSpace'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'
import { describeEachDatabase } from '../helpers/describeEachDatabase'
import { client, fieldErrors } from '../helpers/users'

describeEachDatabase('the CMS on each database', (database) => {
  const { space, users } = bootWithUsers(async () => bootSpace(await database.overrides()))
  let as: ReturnType<typeof client>['as']
  beforeAll(async () => {
    as = client(space.url, users).as
  })

  it('reports the database it runs on in /healthz', async () => {
    const res = await fetch(`${space.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { kind: database.kind, ok: true },
    })
  })

  it('creates a story over REST and reads it back, relations and all', async () => {
    const category = (await as('editor').get('/api/categories?limit=1')).body.docs[0]
    const slug = `on-${database.kind}-${randomUUID().slice(0, 8)}`
    const created = await as('editor').post('/api/stories', {
      title: `Written on ${database.kind}`,
      slug,
      summary: 'A story that proves the database round trip.',
      category: category.id,
      tags: ['infra', 'databases'],
      language: 'fr',
    })
    expect(created.status).toBe(201)
    const read = await as('editor').get(`/api/stories/${created.body.doc.id}?depth=1`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      title: `Written on ${database.kind}`,
      slug,
      status: 'draft',
      tags: ['infra', 'databases'],
      language: 'fr',
      category: { id: category.id, name: category.name },
    })
    expect(read.body.authors.map((a: { id: number }) => a.id)).toEqual([users.editor.id])
  })

  it('publishes a story and shows it to anonymous readers, who see no drafts', async () => {
    const draft = await as('editor').post('/api/stories', {
      title: 'Still a draft',
      slug: `draft-${randomUUID().slice(0, 8)}`,
    })
    const story = await as('editor').post('/api/stories', {
      title: 'Out now: the spring issue',
      slug: `out-${randomUUID().slice(0, 8)}`,
    })
    const published = await as('editor').patch(`/api/stories/${story.body.doc.id}`, {
      status: 'published',
    })
    expect(published.status).toBe(200)
    expect(published.body.doc.publishedAt).toEqual(expect.any(String))
    const list = await as('anonymous').get('/api/stories?limit=100&depth=0')
    const ids = list.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(story.body.doc.id)
    expect(ids).not.toContain(draft.body.doc.id)
  })

  it('refuses a move the workflow does not have, naming status, and writes nothing', async () => {
    const story = await as('editor').post('/api/stories', {
      title: 'Not reviewed yet',
      slug: `wf-${randomUUID().slice(0, 8)}`,
    })
    const refused = await as('editor').patch(`/api/stories/${story.body.doc.id}`, {
      status: 'archived',
      summary: 'sneaked in',
    })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body)[0]).toMatchObject({ path: 'status' })
    const after = await space.payload.findByID({
      collection: 'stories',
      id: story.body.doc.id,
      overrideAccess: true,
    })
    expect(after.status).toBe('draft')
    expect(after.summary ?? null).toBeNull()
  })

  it('refuses a contributor publishing with 403', async () => {
    const story = await as('contributor').post('/api/stories', {
      title: 'Mine',
      slug: `mine-${randomUUID().slice(0, 8)}`,
    })
    expect(story.status).toBe(201)
    const refused = await as('contributor').patch(`/api/stories/${story.body.doc.id}`, {
      status: 'published',
    })
    expect(refused.status).toBe(403)
  })
})
