// Editorial templates pre-fill a new story's body; the first registered user is an admin.
// One boot for the file (Payload keeps one instance per process), so first-register runs first.
import { bootSpace, type BootedSpace } from '../helpers/bootSpace'
import { createUser, api, type TestUser } from '../helpers/users'

type LexicalNode = { type: string; tag?: string; text?: string; children?: LexicalNode[] }
const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

let space: BootedSpace
beforeAll(async () => {
  space = await bootSpace()
})
afterAll(async () => {
  await space?.close()
})

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
    const res = await api(space.url, null, 'POST', '/api/users/first-register', { email: 'second@example.test', password: 'another-password', name: 'Second' })
    expect(res.status).toBe(403)
    expect((await space.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('editorial templates', () => {
  let contributor: TestUser
  beforeAll(async () => {
    contributor = await createUser(space.payload, space.url, ['contributor'])
  })

  const templateNamed = async (name: string) =>
    (await space.payload.find({ collection: 'editorial-templates', where: { name: { equals: name } }, overrideAccess: true })).docs[0]

  it('pre-fills a new story with the template\'s sections as headings and prompts', async () => {
    const template = await templateNamed('Interview')
    const res = await api(space.url, contributor, 'POST', '/api/stories', { title: 'Talking with Amina', template: template.id })
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
    const category = typeof template.defaultCategory === 'object' ? template.defaultCategory?.id : template.defaultCategory
    expect(res.body.doc.category?.id ?? res.body.doc.category).toBe(category)
  })

  it('keeps a body the writer already wrote instead of the template\'s sections', async () => {
    const template = await templateNamed('Project update')
    const body = { root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [
      { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
        children: [{ type: 'text', text: 'My own opening.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
    ] } }
    const res = await api(space.url, contributor, 'POST', '/api/stories', { title: 'Solar co-op, month three', template: template.id, body })
    expect(res.status).toBe(201)
    expect(textOf(res.body.doc.body.root)).toBe('My own opening.')
  })

  it('lets logged-in writers list the four templates, and hides them from the anonymous', async () => {
    const mine = await api(space.url, contributor, 'GET', '/api/editorial-templates?sort=name')
    expect(mine.body.docs.map((t: { name: string }) => t.name)).toEqual(['Community profile', 'Event report', 'Interview', 'Project update'])
    expect((await api(space.url, null, 'GET', '/api/editorial-templates')).status).toBe(403)
  })
})
