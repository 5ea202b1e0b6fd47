// The editorial guidelines and the code of conduct ("Write for Space" leads there) get real
// starting text on first start, and an editor's or admin's text is never replaced by a later start.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootSpace } from '@/harness/bootSpace'
import { api, createUser } from '../helpers/users'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'

type Slug = 'editorial-guidelines' | 'code-of-conduct'

/** The visible text of a Lexical document, headings and list items included. */
const plainText = (doc: unknown): string => {
  const parts: string[] = []
  const walk = (node: { text?: unknown; children?: unknown[] }) => {
    if (typeof node.text === 'string') parts.push(node.text)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk((doc as { root: { children: unknown[] } }).root)
  return parts.join(' ')
}

describe('starting text of the guidelines and the code of conduct', () => {
  const dir = mkdtempSync(join(tmpdir(), 'space-pages-'))
  const env = { DATABASE_URL: `file:${join(dir, 'space.db')}` }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const read = async (url: string, slug: Slug) =>
    (await api(url, null, 'GET', `/api/globals/${slug}?depth=0`)).body

  it('is there after the first start, for anyone to read', async () => {
    const space = await bootSpace(env)
    try {
      const guidelines = await read(space.url, 'editorial-guidelines')
      expect(guidelines.title).toBe('Editorial guidelines')
      const text = plainText(guidelines.content)
      for (const phrase of [
        'What a story needs',
        'How review works',
        'Draft',
        'Submitted',
        'In review',
        'Changes requested',
        'approved',
        'Published',
        'Review notes',
      ])
        expect(text).toContain(phrase)
      expect(JSON.stringify(guidelines.content)).toContain('"url":"/code-of-conduct"')

      const conduct = await read(space.url, 'code-of-conduct')
      expect(conduct.title).toBe('Code of conduct')
      const rules = plainText(conduct.content)
      for (const phrase of [
        'Our principles',
        'Respect',
        'What is not acceptable',
        'How to report a problem',
        'flag',
      ])
        expect(rules).toContain(phrase)
      // Lists, headings and links the editor and the site both render.
      expect(JSON.stringify(conduct.content)).toMatch(/"type":"list".*"type":"listitem"/)
      expect(JSON.stringify(conduct.content)).toContain('"type":"heading"')
    } finally {
      await space.close()
    }
  })

  it("keeps an editor's and an admin's text on every later start, an emptied page included", async () => {
    let space = await bootSpace(env)
    try {
      const admin = await createUser(space.payload, space.url, ['admin'])
      const editor = await createUser(space.payload, space.url, ['editor'])
      const ours = lexicalDocument([
        paragraphNode('Our own guidelines, agreed at the 2026 assembly.'),
      ])
      const saved = await api(space.url, editor, 'POST', '/api/globals/editorial-guidelines', {
        title: 'How we write',
        content: ours,
      })
      expect(saved.status).toBe(200)
      // The admin empties the code of conduct, to write it anew later.
      const emptied = await api(space.url, admin, 'POST', '/api/globals/code-of-conduct', {
        content: lexicalDocument([paragraphNode('')]),
      })
      expect(emptied.status).toBe(200)
    } finally {
      await space.close()
    }
    space = await bootSpace(env)
    try {
      const guidelines = await read(space.url, 'editorial-guidelines')
      expect(guidelines.title).toBe('How we write')
      expect(plainText(guidelines.content)).toBe('Our own guidelines, agreed at the 2026 assembly.')
      const conduct = await read(space.url, 'code-of-conduct')
      expect(plainText(conduct.content)).toBe('')
    } finally {
      await space.close()
    }
  })
})
