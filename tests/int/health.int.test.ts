import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'

describe('health and first start', () => {
  const space = bootForSuite(() => bootSpace())

  it('answers /healthz with 200 and the database state', async () => {
    const res = await fetch(`${space.url}/healthz`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ status: 'ok', database: { kind: 'sqlite', ok: true } })
  })

  it('seeds the four editorial templates and their categories into an empty database', async () => {
    const templates = await space.payload.find({
      collection: 'editorial-templates',
      overrideAccess: true,
      sort: 'name',
    })
    expect(templates.docs.map((t) => t.name)).toEqual([
      'Community profile',
      'Event report',
      'Interview',
      'Project update',
    ])
    expect(templates.docs.every((t) => (t.sections?.length ?? 0) >= 3 && t.defaultCategory)).toBe(
      true,
    )
  })

  it('serves Payload REST through express', async () => {
    const res = await fetch(`${space.url}/api/categories?limit=100`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.totalDocs).toBe(5)
  })
})
