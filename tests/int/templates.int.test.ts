// Editorial templates pre-fill a new story's body; the first registered user is an admin.
// One boot for the file (Payload keeps one instance per process), so first-register runs first.
import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { createUser, api, type TestUser } from '../helpers/users'

type LexicalNode = { type: string; tag?: string; text?: string; children?: LexicalNode[] }
const textOf = (node: LexicalNode): string =>
  node.text ?? (node.children ?? []).map(textOf).join('')

const space = bootForSuite(() => bootSpace())

describe('first registration', () => {
  it('makes the first user an admin even when they ask to be a contributor', async () => {
    const res = await api(space.url, null, 'POST', '/api/users/first-register', {
      email: 'founder@example.test',
      password: 'a-long-first-password',
      name: 'Founder',
      roles: ['contributor'],
    })
    expect(res.status).toBe(200)
    expect(res.body.user.roles).toEqual(['admin'])
    const stored = await space.payload.find({ collection: 'users', overrideAccess: true })
    expect(stored.docs.map((u) => u.roles)).toEqual([['admin']])
  })

  it('refuses a second first-registration', async () => {
    const res = await api(space.url, null, 'POST', '/api/users/first-register', {
      email: 'second@example.test',
      password: 'another-password',
      name: 'Second',
    })
    expect(res.status).toBe(403)
    expect(
      (await space.payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
    ).toBe(1)
  })
})

describe('editorial templates', () => {
  let contributor: TestUser
  beforeAll(async () => {
    contributor = await createUser(space.payload, space.url, ['contributor'])
  })

  const templateNamed = async (name: string) =>
    (
      await space.payload.find({
        collection: 'editorial-templates',
        where: { name: { equals: name } },
        overrideAccess: true,
      })
    ).docs[0]

  it("pre-fills a new story with the template's sections as headings and prompts", async () => {
    const template = await templateNamed('Interview')
    const res = await api(space.url, contributor, 'POST', '/api/stories', {
      title: 'Talking with Amina',
      template: template.id,
    })
    expect(res.status).toBe(201)
    const children: LexicalNode[] = res.body.doc.body.root.children
    const headings = children.filter((n) => n.type === 'heading')
    expect(headings.map((h) => [h.tag, textOf(h)])).toEqual([
      ['h2', 'Introduction'],
      ['h2', 'The conversation'],
      ['h2', 'Closing'],
    ])
    // Each heading is followed by its prompt, for the writer to write over.
    expect(textOf(children[1])).toBe(template.sections![0].prompt)
    // And the template's default category comes along.
    const category =
      typeof template.defaultCategory === 'object'
        ? template.defaultCategory?.id
        : template.defaultCategory
    expect(res.body.doc.category?.id ?? res.body.doc.category).toBe(category)
  })

  it("keeps a body the writer already wrote instead of the template's sections", async () => {
    const template = await templateNamed('Project update')
    const body = {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                text: 'My own opening.',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
            ],
          },
        ],
      },
    }
    const res = await api(space.url, contributor, 'POST', '/api/stories', {
      title: 'Solar co-op, month three',
      template: template.id,
      body,
    })
    expect(res.status).toBe(201)
    expect(textOf(res.body.doc.body.root)).toBe('My own opening.')
  })

  it('lets logged-in writers list the four templates, and hides them from the anonymous', async () => {
    const mine = await api(space.url, contributor, 'GET', '/api/editorial-templates?sort=name')
    expect(mine.body.docs.map((t: { name: string }) => t.name)).toEqual([
      'Community profile',
      'Event report',
      'Interview',
      'Project update',
    ])
    expect((await api(space.url, null, 'GET', '/api/editorial-templates')).status).toBe(403)
  })
})

describe('starting from a template and the slug', () => {
  let contributor: TestUser
  let editor: TestUser
  beforeAll(async () => {
    contributor = await createUser(space.payload, space.url, ['contributor'])
    editor = await createUser(space.payload, space.url, ['editor'])
  })
  const templateNamed = async (name: string) =>
    (
      await space.payload.find({
        collection: 'editorial-templates',
        where: { name: { equals: name } },
        overrideAccess: true,
      })
    ).docs[0]
  const storyCount = async () =>
    (await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs

  it("answers a new story's pre-filled data for the create form, and saves nothing", async () => {
    const template = await templateNamed('Event report')
    const before = await storyCount()
    const res = await api(
      space.url,
      contributor,
      'GET',
      `/api/stories/from-template/${template.id}`,
    )
    expect(res.status).toBe(200)
    expect(res.body.data.template).toBe(template.id)
    const headings = (res.body.data.body.root.children as LexicalNode[])
      .filter((n) => n.type === 'heading')
      .map(textOf)
    expect(headings).toEqual(template.sections!.map((s) => s.heading))
    expect(await storyCount()).toBe(before)
    expect(
      (await api(space.url, null, 'GET', `/api/stories/from-template/${template.id}`)).status,
    ).toBe(401)
    expect(
      (await api(space.url, contributor, 'GET', '/api/stories/from-template/999999')).status,
    ).toBe(404)
  })

  it('lets the slug follow the title (the admin sends the old slug back) until someone sets it by hand', async () => {
    const template = await templateNamed('Event report')
    const created = await api(space.url, contributor, 'POST', '/api/stories', {
      title: 'Untitled Event report',
      template: template.id,
    })
    const { id, slug } = created.body.doc
    expect(slug).toMatch(/^untitled-event-report(-\d+)?$/)
    const retitled = await api(space.url, contributor, 'PATCH', `/api/stories/${id}`, {
      title: 'Flood relief in Accra',
      slug,
    })
    expect(retitled.status).toBe(200)
    expect(retitled.body.doc.slug).toBe('flood-relief-in-accra')
    const byHand = await api(space.url, contributor, 'PATCH', `/api/stories/${id}`, {
      slug: 'accra-floods',
    })
    expect(byHand.body.doc.slug).toBe('accra-floods')
    const again = await api(space.url, contributor, 'PATCH', `/api/stories/${id}`, {
      title: 'Flood relief in Accra, week two',
      slug: 'accra-floods',
    })
    expect(again.body.doc.slug).toBe('accra-floods')
    // Emptied, the field is derived from the title again.
    const emptied = await api(space.url, contributor, 'PATCH', `/api/stories/${id}`, { slug: '' })
    expect(emptied.body.doc.slug).toBe('flood-relief-in-accra-week-two')
  })

  it("takes a free slug when the new title's is taken, and never its own old one as a clash", async () => {
    await api(space.url, contributor, 'POST', '/api/stories', {
      title: 'Water point repaired in Gulu',
    })
    const other = await api(space.url, contributor, 'POST', '/api/stories', {
      title: 'Untitled Project update',
    })
    const retitled = await api(
      space.url,
      contributor,
      'PATCH',
      `/api/stories/${other.body.doc.id}`,
      { title: 'Water point repaired in Gulu' },
    )
    expect(retitled.body.doc.slug).toBe('water-point-repaired-in-gulu-2')
    const same = await api(space.url, contributor, 'PATCH', `/api/stories/${other.body.doc.id}`, {
      summary: 'No title change.',
    })
    expect(same.body.doc.slug).toBe('water-point-repaired-in-gulu-2')
  })

  it('keeps the slug once the story has been published (its address is out)', async () => {
    const published = await api(space.url, editor, 'POST', '/api/stories', {
      title: 'Clean water for Kisumu schools',
      status: 'published',
    })
    expect(published.body.doc.slug).toBe('clean-water-for-kisumu-schools')
    const retitled = await api(
      space.url,
      editor,
      'PATCH',
      `/api/stories/${published.body.doc.id}`,
      { title: 'Clean water for every Kisumu school' },
    )
    expect(retitled.status).toBe(200)
    expect(retitled.body.doc.slug).toBe('clean-water-for-kisumu-schools')
    const archived = await api(
      space.url,
      editor,
      'PATCH',
      `/api/stories/${published.body.doc.id}`,
      { status: 'archived', title: 'Clean water for Kisumu, archived' },
    )
    expect(archived.body.doc.slug).toBe('clean-water-for-kisumu-schools')
  })
})
