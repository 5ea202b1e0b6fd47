// Every save keeps a revision; editors list and restore them, contributors cannot read them.
import { api } from '../helpers/users'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

describe('story revisions', () => {
  const { space, users } = bootWithUsers()

  const revisionsOf = async (id: number) => {
    const res = await api(
      space.url,
      users.editor,
      'GET',
      `/api/stories/versions?where[parent][equals]=${id}&sort=id&limit=100`,
    )
    expect(res.status).toBe(200)
    return res.body.docs as Array<{ id: number; version: { title: string; status: string } }>
  }

  it('keeps one revision per save, which an editor can list', async () => {
    const id = (
      await api(space.url, users.contributor, 'POST', '/api/stories', { title: 'First title' })
    ).body.doc.id
    await api(space.url, users.contributor, 'PATCH', `/api/stories/${id}`, {
      title: 'Second title',
    })
    await api(space.url, users.contributor, 'PATCH', `/api/stories/${id}`, {
      title: 'Third title, for review',
      status: 'submitted',
    })
    const revisions = await revisionsOf(id)
    expect(revisions.map((r) => [r.version.title, r.version.status])).toEqual([
      ['First title', 'draft'],
      ['Second title', 'draft'],
      ['Third title, for review', 'submitted'],
    ])
  })

  it('lets an editor restore an earlier revision, which becomes the story and a revision of its own', async () => {
    const id = (
      await api(space.url, users.editor, 'POST', '/api/stories', {
        title: 'Draft one',
        summary: 'first summary',
      })
    ).body.doc.id
    await api(space.url, users.editor, 'PATCH', `/api/stories/${id}`, {
      title: 'Draft two',
      summary: 'second summary',
    })
    const [first] = await revisionsOf(id)
    const res = await api(space.url, users.editor, 'POST', `/api/stories/versions/${first.id}`)
    expect(res.status).toBe(200)
    const story = await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })
    expect(story).toMatchObject({ title: 'Draft one', summary: 'first summary' })
    expect((await revisionsOf(id)).map((r) => r.version.title)).toEqual([
      'Draft one',
      'Draft two',
      'Draft one',
    ])
  })

  it('restores the words of a draft-era revision onto a published story without unpublishing it', async () => {
    const id = (
      await api(space.url, users.editor, 'POST', '/api/stories', { title: 'Before publication' })
    ).body.doc.id
    await api(space.url, users.editor, 'PATCH', `/api/stories/${id}`, {
      title: 'Published title',
      status: 'published',
    })
    const published = await space.payload.findByID({
      collection: 'stories',
      id,
      overrideAccess: true,
    })
    const [draftEra] = await revisionsOf(id)
    const res = await api(space.url, users.editor, 'POST', `/api/stories/versions/${draftEra.id}`)
    expect(res.status).toBe(200)
    const story = await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })
    expect(story).toMatchObject({
      title: 'Before publication',
      status: 'published',
      publishedAt: published.publishedAt,
    })
  })

  it('does not let a contributor list, read or restore revisions, not even of their own story', async () => {
    const id = (await api(space.url, users.contributor, 'POST', '/api/stories', { title: 'Mine' }))
      .body.doc.id
    const [revision] = await revisionsOf(id)
    expect((await api(space.url, users.contributor, 'GET', '/api/stories/versions')).status).toBe(
      403,
    )
    expect(
      (await api(space.url, users.contributor, 'GET', `/api/stories/versions/${revision.id}`))
        .status,
    ).toBe(403)
    expect(
      (await api(space.url, users.contributor, 'POST', `/api/stories/versions/${revision.id}`))
        .status,
    ).toBe(403)
    expect((await api(space.url, null, 'GET', '/api/stories/versions')).status).toBe(403)
  })

  it("does not let a contributor read event revisions, which hold other people's drafts", async () => {
    const event = await space.payload.create({
      collection: 'events',
      data: {
        title: 'Unannounced',
        slug: 'unannounced',
        status: 'scheduled',
        publication: 'draft',
        timezone: 'UTC',
        start: '2031-01-01T10:00:00Z',
        end: '2031-01-01T11:00:00Z',
        format: 'online',
        onlineUrl: 'https://meet.example.org/a',
        createdBy: users.editor.id,
      },
      overrideAccess: true,
    })
    expect((await api(space.url, users.contributor, 'GET', '/api/events/versions')).status).toBe(
      403,
    )
    const staff = await api(
      space.url,
      users.editor,
      'GET',
      `/api/events/versions?where[parent][equals]=${event.id}`,
    )
    expect(staff.body.docs).toHaveLength(1)
  })
})
