// Scheduled publication: an editor approves a story with `scheduledFor`; publishDueStories
// (called by node-cron in the worker) publishes it once that time has come, and only then.
import { api } from '../helpers/users'
import { slugify } from '@/shared/slugify'
import { publishDueStories } from '@/src/worker/publishDueStories'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

describe('scheduled publication', () => {
  const { space, users } = bootWithUsers()

  const inReview = async (title: string) =>
    (
      await space.payload.create({
        collection: 'stories',
        data: { title, slug: slugify(title), status: 'in_review', authors: [users.contributor.id] },
        overrideAccess: true,
      })
    ).id

  it('publishes an approved story when its scheduled time has come, not before', async () => {
    const at = new Date(Date.now() + 3 * 24 * 3600_000)
    const id = await inReview('Climate march recap')
    const approved = await api(space.url, users.editor, 'PATCH', `/api/stories/${id}`, {
      status: 'approved',
      scheduledFor: at.toISOString(),
    })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.scheduledFor).toBe(at.toISOString())

    expect(await publishDueStories(space.payload, new Date(at.getTime() - 60_000))).toEqual([])
    expect((await api(space.url, null, 'GET', `/api/stories/${id}`)).status).toBe(404)

    expect(await publishDueStories(space.payload, new Date(at.getTime() + 60_000))).toEqual([id])
    const story = await api(space.url, null, 'GET', `/api/stories/${id}`)
    expect(story.status).toBe(200)
    expect(story.body).toMatchObject({ status: 'published', publishedAt: at.toISOString() })
    // It went through the normal update path, so the publication is a revision of its own.
    const versions = await space.payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: id } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(versions.docs[0].version.status).toBe('published')

    expect(await publishDueStories(space.payload, new Date(at.getTime() + 120_000))).toEqual([])
  })

  it('leaves alone stories that are due but not approved, and approved ones without a time', async () => {
    const past = new Date(Date.now() - 3600_000).toISOString()
    const stillInReview = (
      await space.payload.create({
        collection: 'stories',
        data: {
          title: 'Still in review',
          slug: 'still-in-review',
          status: 'in_review',
          scheduledFor: past,
        },
        overrideAccess: true,
      })
    ).id
    const unscheduled = (
      await space.payload.create({
        collection: 'stories',
        data: { title: 'Approved, no date', slug: 'approved-no-date', status: 'approved' },
        overrideAccess: true,
      })
    ).id
    expect(await publishDueStories(space.payload, new Date())).toEqual([])
    for (const id of [stillInReview, unscheduled]) {
      const doc = await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })
      expect(doc.status).not.toBe('published')
    }
  })

  it('publishes every due story in scheduled order and answers their ids', async () => {
    const now = new Date()
    const ids: number[] = []
    for (const minutesAgo of [5, 30, 10]) {
      const id = await inReview(`Due ${minutesAgo} minutes ago`)
      await space.payload.update({
        collection: 'stories',
        id,
        data: {
          status: 'approved',
          scheduledFor: new Date(now.getTime() - minutesAgo * 60_000).toISOString(),
        },
        overrideAccess: true,
      })
      ids.push(id)
    }
    expect(await publishDueStories(space.payload, now)).toEqual([ids[1], ids[2], ids[0]])
  })

  it('does not let a contributor set a publication time', async () => {
    const res = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'Publish me tomorrow',
      scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.scheduledFor).toBeNull()
  })
})
