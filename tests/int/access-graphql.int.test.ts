// Public reads over GraphQL: the same access rules as REST, so drafts, review notes
// and other people's emails never leak through the second API either.
import { authHeaders, type TestUser } from '../helpers/users'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

const graphql = async (url: string, user: TestUser | null, query: string) => {
  const res = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(user) },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: any; errors?: Array<{ message: string }> }
}

describe('access over GraphQL', () => {
  const { space, users } = bootWithUsers()

  beforeAll(async () => {
    const authors = [users.contributor.id, users.editor.id]
    for (const status of [
      'draft',
      'submitted',
      'in_review',
      'approved',
      'published',
      'archived',
    ] as const) {
      await space.payload.create({
        collection: 'stories',
        data: {
          title: `A ${status} story`,
          slug: `a-${status.replace('_', '-')}-story`,
          status,
          authors,
          reviewNotes: `secret note on ${status}`,
        },
        overrideAccess: true,
      })
    }
  })

  it('shows anonymous readers only published stories, never their review notes', async () => {
    const { data } = await graphql(
      space.url,
      null,
      '{ Stories(limit: 100) { docs { title status reviewNotes } } }',
    )
    expect(data.Stories.docs).toEqual([
      { title: 'A published story', status: 'published', reviewNotes: null },
    ])
  })

  it("hides the authors' emails from anonymous readers of a published story", async () => {
    const { data } = await graphql(
      space.url,
      null,
      '{ Stories { docs { authorNames authors { id email } } } }',
    )
    const [story] = data.Stories.docs
    expect(story.authorNames).toBe('Cora Contributor, Eddie Editor')
    expect(JSON.stringify(story.authors ?? [])).not.toContain('@')
  })

  it('refuses the users list to anonymous callers', async () => {
    const body = await graphql(space.url, null, '{ Users { docs { id email } } }')
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0].message).toMatch(/not allowed/)
  })

  it('shows a non-admin only their own email, in lists and in story bylines', async () => {
    for (const role of ['contributor', 'editor'] as const) {
      const me = users[role]
      const list = await graphql(space.url, me, '{ Users(limit: 100) { docs { id email } } }')
      expect(list.data.Users.docs).toEqual([{ id: me.id, email: me.email }])
      const stories = await graphql(
        space.url,
        me,
        '{ Stories(limit: 100) { docs { authors { email } } } }',
      )
      const emails = new Set(
        JSON.stringify(stories.data.Stories.docs).match(/[\w.-]+@example\.test/g) ?? [],
      )
      expect([...emails]).toEqual([me.email])
    }
  })

  it('shows an admin every account with its email', async () => {
    const { data } = await graphql(
      space.url,
      users.admin,
      '{ Users(limit: 100) { docs { email } } }',
    )
    expect(data.Users.docs.map((u: { email: string }) => u.email).sort()).toEqual(
      [users.admin.email, users.editor.email, users.contributor.email].sort(),
    )
  })

  it("lets a contributor read the review notes on their own stories, not on others'", async () => {
    await space.payload.create({
      collection: 'stories',
      data: {
        title: 'An editor story',
        slug: 'an-editor-story',
        status: 'published',
        authors: [users.editor.id],
        reviewNotes: 'not for contributors',
      },
      overrideAccess: true,
    })
    const { data } = await graphql(
      space.url,
      users.contributor,
      '{ Stories(limit: 100) { docs { title reviewNotes } } }',
    )
    const notes = Object.fromEntries(
      data.Stories.docs.map((d: { title: string; reviewNotes: string | null }) => [
        d.title,
        d.reviewNotes,
      ]),
    )
    expect(notes['A draft story']).toBe('secret note on draft')
    expect(notes['A published story']).toBe('secret note on published')
    expect(notes['An editor story']).toBeNull()
  })
})
