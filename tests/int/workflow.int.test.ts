// Every status move × every role, through PATCH /api/stories/:id. The legal moves are written
// out here as the specification, independently of collections/Stories/workflow.ts.
import { randomUUID } from 'node:crypto'
import { api, fieldErrors } from '../helpers/users'
import { storyStatuses, type StoryStatus } from '@/collections/Stories/workflow'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

const staffMoves = [
  'draft→submitted',
  'draft→published',
  'submitted→draft',
  'submitted→in_review',
  'in_review→changes_requested',
  'in_review→approved',
  'changes_requested→submitted',
  'changes_requested→draft',
  'approved→published',
  'approved→changes_requested',
  'approved→in_review',
  'published→archived',
  'archived→published',
  'archived→draft',
]
/** What a contributor may do to their own story. */
const contributorMoves = [
  'draft→submitted',
  'changes_requested→submitted',
  'changes_requested→draft',
]
/** A contributor may not touch their story at all in these states (update access): 403 whatever the move. */
const lockedForContributor: StoryStatus[] = [
  'submitted',
  'in_review',
  'approved',
  'published',
  'archived',
]

type Outcome = 200 | 400 | 403
const expected = (
  role: 'admin' | 'editor' | 'contributor',
  from: StoryStatus,
  to: StoryStatus,
): Outcome => {
  const move = `${from}→${to}`
  if (role !== 'contributor') return staffMoves.includes(move) ? 200 : 400
  if (lockedForContributor.includes(from)) return 403
  if (contributorMoves.includes(move)) return 200
  return staffMoves.includes(move) ? 403 : 400
}

const cases = (['contributor', 'editor', 'admin'] as const).flatMap((role) =>
  storyStatuses.flatMap((from) =>
    storyStatuses
      .filter((to) => to !== from)
      .map((to) => ({ role, from, to, outcome: expected(role, from, to) })),
  ),
)

describe('story workflow', () => {
  const { space, users } = bootWithUsers()

  // Titles differ: the forum refuses a second topic with a title it has (forumLimits.int.test.ts).
  const storyIn = async (status: StoryStatus, authorId: number) =>
    space.payload.create({
      collection: 'stories',
      data: {
        title: `A story in ${status} (${randomUUID().slice(0, 8)})`,
        slug: `story-${randomUUID()}`,
        status,
        authors: [authorId],
      },
      overrideAccess: true,
    })

  const versionCount = async (id: number) =>
    (
      await space.payload.countVersions({
        collection: 'stories',
        where: { parent: { equals: id } },
      })
    ).totalDocs

  it.each(cases)(
    '$role moving their story $from → $to answers $outcome',
    async ({ role, from, to, outcome }) => {
      const story = await storyIn(from, users[role].id)
      const versionsBefore = await versionCount(story.id)
      const res = await api(space.url, users[role], 'PATCH', `/api/stories/${story.id}`, {
        status: to,
        summary: 'edited with the move',
      })
      expect(res.status).toBe(outcome)
      const after = await space.payload.findByID({
        collection: 'stories',
        id: story.id,
        overrideAccess: true,
        depth: 0,
      })
      if (outcome === 200) {
        expect(after.status).toBe(to)
        expect(after.summary).toBe('edited with the move')
        return
      }
      if (outcome === 400) {
        const [error] = fieldErrors(res.body)
        expect(error.path).toBe('status')
        expect(error.message).toContain(`cannot move from "${from}" to "${to}"`)
      } else {
        expect(res.body.errors[0].message).toMatch(/not allowed|Only admin or editor/)
      }
      // A refusal writes nothing: same status, same content, same timestamp, no new revision.
      expect(after.status).toBe(from)
      expect(after.summary).toBeNull()
      expect(after.updatedAt).toBe(story.updatedAt)
      expect(await versionCount(story.id)).toBe(versionsBefore)
    },
  )

  it('names the moves that are possible when it refuses one', async () => {
    const story = await storyIn('draft', users.editor.id)
    const res = await api(space.url, users.editor, 'PATCH', `/api/stories/${story.id}`, {
      status: 'approved',
    })
    expect(fieldErrors(res.body)).toEqual([
      {
        path: 'status',
        message:
          'A story cannot move from "draft" to "approved" (from "draft" it can go to: submitted, published).',
      },
    ])
  })

  it('lets a new story start only as draft or submitted for a contributor, with a 400 naming status otherwise', async () => {
    const before = (await space.payload.count({ collection: 'stories', overrideAccess: true }))
      .totalDocs
    for (const status of ['published', 'approved', 'in_review']) {
      const res = await api(space.url, users.contributor, 'POST', '/api/stories', {
        title: `Straight to ${status}`,
        status,
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['status'])
    }
    expect(
      (await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs,
    ).toBe(before)
    const ok = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'Ready for review',
      status: 'submitted',
    })
    expect(ok.status).toBe(201)
  })

  it('refuses a contributor publishing with 403 and leaves the story a draft', async () => {
    const created = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'My first story',
    })
    const id = created.body.doc.id
    const res = await api(space.url, users.contributor, 'PATCH', `/api/stories/${id}`, {
      status: 'published',
    })
    expect(res.status).toBe(403)
    const after = await space.payload.findByID({ collection: 'stories', id, overrideAccess: true })
    expect(after).toMatchObject({ status: 'draft', publishedAt: null })
  })

  it('takes a story from a contributor draft to published and then unpublished, with review notes on the way', async () => {
    const { contributor, editor } = users
    const id = (
      await api(space.url, contributor, 'POST', '/api/stories', { title: 'Tree planting in Lagos' })
    ).body.doc.id
    const step = async (who: typeof editor, data: Record<string, unknown>) => {
      const res = await api(space.url, who, 'PATCH', `/api/stories/${id}`, data)
      expect(res.status).toBe(200)
      return res.body.doc
    }
    await step(contributor, { status: 'submitted' })
    await step(editor, { status: 'in_review' })
    await step(editor, {
      status: 'changes_requested',
      reviewNotes: 'Add a quote from the organisers.',
    })
    const mine = await api(space.url, contributor, 'GET', `/api/stories/${id}`)
    expect(mine.body.reviewNotes).toBe('Add a quote from the organisers.')
    await step(contributor, { summary: 'Now with a quote.', status: 'submitted' })
    await step(editor, { status: 'in_review' })
    await step(editor, { status: 'approved' })
    const published = await step(editor, { status: 'published' })
    expect(published.publishedAt).toEqual(expect.any(String))
    expect((await api(space.url, null, 'GET', `/api/stories/${id}`)).status).toBe(200)
    // Unpublishing is archiving: the public no longer sees it, staff still do.
    await step(editor, { status: 'archived' })
    expect((await api(space.url, null, 'GET', `/api/stories/${id}`)).status).toBe(404)
    expect((await api(space.url, editor, 'GET', `/api/stories/${id}`)).body.status).toBe('archived')
  })
})
