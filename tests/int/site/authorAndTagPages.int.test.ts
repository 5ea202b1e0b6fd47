// Author and tag pages from a real Payload on each database: only published stories, never an
// email or any other field of `users`, no page for someone who has published nothing, paged like
// the story index, linked from the story page, and fresh after a story changes.
import { renderToStaticMarkup } from 'react-dom/server'
import type { User } from '@/types/payload-types'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { describeEachDatabase } from '@/tests/helpers/describeEachDatabase'
import { allowSiteReadsOutsideNext } from '@/tests/helpers/outsideNextRequests'
import { setRunningPayload } from '@/src/site/runningPayload'

await allowSiteReadsOutsideNext()
const { findAuthorPage } = await import('@/src/site/findAuthorPage')
const { findTagPage } = await import('@/src/site/findTagPage')
const { siteCache } = await import('@/src/site/siteCache')
const { default: AuthorPage } = await import('@/src/app/(frontend)/authors/[slug]/page')
const { default: TagPage } = await import('@/src/app/(frontend)/tags/[tag]/page')
const { default: StoryPage } = await import('@/src/app/(frontend)/stories/[slug]/page')

/** What next/navigation's redirect() and notFound() throw, read back. */
const thrownBy = async (render: () => Promise<unknown>): Promise<string> => {
  try {
    await render()
  } catch (err) {
    return String((err as { digest?: string }).digest ?? err)
  }
  return 'rendered'
}

describeEachDatabase('author and tag pages', (database) => {
  let space: BootedSpace
  let writer: User
  let coauthor: User
  let unpublished: User
  let coauthoredSlug: string

  const user = (name: string, email: string) =>
    space.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { name, email, password: 'pw-0123456789-abc', roles: ['contributor'] },
    })
  const story = (data: Record<string, unknown>) =>
    space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: { status: 'published', ...data } as never,
    })

  beforeAll(async () => {
    space = await bootSpace(await database.overrides())
    setRunningPayload(space.payload)
    writer = await user('Wanjiru Otieno', 'wanjiru.secret@example.test')
    coauthor = await user('Émile Zola', 'emile.secret@example.test')
    unpublished = await user('Nadia Draft', 'nadia.secret@example.test')
    for (let i = 1; i <= 11; i++) {
      await story({
        title: `Field note ${i}`,
        authors: [writer.id],
        tags: i % 2 ? ['climate justice'] : ['climate'],
        publishedAt: `2030-01-${String(i).padStart(2, '0')}T10:00:00.000Z`,
      })
    }
    coauthoredSlug = (
      await story({
        title: 'Written together',
        authors: [writer.id, coauthor.id],
        tags: ['climate justice', 'Kenya'],
        publishedAt: '2030-02-01T10:00:00.000Z',
      })
    ).slug
    await story({
      title: 'A draft by the writer',
      status: 'draft',
      authors: [writer.id],
      tags: ['climate justice'],
    })
    await story({
      title: 'An unpublished writer draft',
      status: 'in_review',
      authors: [unpublished.id],
      tags: ['secret'],
    })
    siteCache.clear()
  })
  afterAll(async () => {
    await space?.close()
  })

  it("lists an author's published stories, newest first, ten a page, under their public name only", async () => {
    const first = await findAuthorPage(writer.id)
    expect(first).toMatchObject({
      author: {
        id: writer.id,
        name: 'Wanjiru Otieno',
        href: `/authors/wanjiru-otieno-${writer.id}`,
      },
      page: 1,
      totalPages: 2,
      totalDocs: 12,
    })
    expect(first!.stories.map((s) => s.title)).toEqual([
      'Written together',
      ...[11, 10, 9, 8, 7, 6, 5, 4, 3].map((i) => `Field note ${i}`),
    ])
    const second = await findAuthorPage(writer.id, { page: 2 })
    expect(second!.stories.map((s) => s.title)).toEqual(['Field note 2', 'Field note 1'])
    expect(Object.keys(first!.author).sort()).toEqual(['href', 'id', 'name'])
    expect(JSON.stringify([first, second])).not.toMatch(/secret|@example\.test|draft/i)
  })

  it('has no page for someone who has published nothing, nor for an id nobody has', async () => {
    await expect(findAuthorPage(unpublished.id)).resolves.toBeNull()
    await expect(findAuthorPage(999_999)).resolves.toBeNull()
    await expect(
      thrownBy(async () =>
        AuthorPage({
          params: Promise.resolve({ slug: `nadia-draft-${unpublished.id}` }),
          searchParams: Promise.resolve({}),
        }),
      ),
    ).resolves.toMatch(/404/)
    await expect(
      thrownBy(async () =>
        AuthorPage({
          params: Promise.resolve({ slug: 'not-an-author' }),
          searchParams: Promise.resolve({}),
        }),
      ),
    ).resolves.toMatch(/404/)
  })

  it("addresses an author as <name slug>-<id>, sending a bare id or an old name's slug there", async () => {
    const canonical = `/authors/wanjiru-otieno-${writer.id}`
    for (const slug of [String(writer.id), `wanjiru-${writer.id}`]) {
      await expect(
        thrownBy(async () =>
          AuthorPage({
            params: Promise.resolve({ slug }),
            searchParams: Promise.resolve({ page: '2' }),
          }),
        ),
      ).resolves.toContain(`${canonical}?page=2`)
    }
    expect(coauthor.id).toBeGreaterThan(0)
    await expect(findAuthorPage(coauthor.id)).resolves.toMatchObject({
      author: { href: `/authors/emile-zola-${coauthor.id}` },
      totalDocs: 1,
    })
    const html = renderToStaticMarkup(
      await AuthorPage({
        params: Promise.resolve({ slug: `wanjiru-otieno-${writer.id}` }),
        searchParams: Promise.resolve({}),
      }),
    )
    expect(html).toContain('<h1>Stories by Wanjiru Otieno</h1>')
    expect(html).toContain(`href="${canonical}?page=2"`)
  })

  it('lists the published stories with exactly that tag, paged, and has no page for a tag only drafts carry', async () => {
    const tag = await findTagPage('climate justice')
    expect(tag).toMatchObject({ tag: 'climate justice', totalDocs: 7, totalPages: 1 })
    expect(tag!.stories.map((s) => s.title)).toEqual([
      'Written together',
      ...[11, 9, 7, 5, 3, 1].map((i) => `Field note ${i}`),
    ])
    expect((await findTagPage('climate'))!.totalDocs).toBe(5)
    await expect(findTagPage('secret')).resolves.toBeNull()
    await expect(findTagPage('Climate Justice')).resolves.toBeNull()
    const paged = await findTagPage('climate justice', { page: 2, limit: 5 })
    expect(paged).toMatchObject({ page: 2, totalPages: 2 })
    // Next hands the param over percent-encoded, as it stands in the path.
    const html = renderToStaticMarkup(
      await TagPage({
        params: Promise.resolve({ tag: 'climate%20justice' }),
        searchParams: Promise.resolve({}),
      }),
    )
    expect(html).toContain('<h1>Stories tagged “climate justice”</h1>')
    for (const tag of ['secret', '%E0%A4%A']) {
      await expect(
        thrownBy(async () =>
          TagPage({ params: Promise.resolve({ tag }), searchParams: Promise.resolve({}) }),
        ),
      ).resolves.toMatch(/404/)
    }
  })

  it("links the story page's byline to each author's page and its tags to the tag pages", async () => {
    const html = renderToStaticMarkup(
      await StoryPage({ params: Promise.resolve({ slug: coauthoredSlug }) }),
    )
    expect(html).toContain(
      `By <span><a rel="author" href="/authors/wanjiru-otieno-${writer.id}">Wanjiru Otieno</a></span><span>, <a rel="author" href="/authors/emile-zola-${coauthor.id}">Émile Zola</a></span>`,
    )
    expect(html).toContain(
      '<a class="chip" rel="tag" href="/tags/climate%20justice">climate justice</a>',
    )
    expect(html).toContain('<a class="chip" rel="tag" href="/tags/Kenya">Kenya</a>')
    expect(html).not.toMatch(/secret|@example\.test/)
  })

  it('shows a story on its author and tag pages once published, and drops it once unpublished (cache cleared by the hook)', async () => {
    expect((await findTagPage('Kenya'))!.totalDocs).toBe(1)
    expect((await findAuthorPage(coauthor.id))!.totalDocs).toBe(1)
    const later = await story({
      title: 'Zola in Nairobi',
      status: 'draft',
      authors: [coauthor.id],
      tags: ['Kenya'],
    })
    expect((await findTagPage('Kenya'))!.totalDocs).toBe(1)
    await space.payload.update({
      collection: 'stories',
      id: later.id,
      overrideAccess: true,
      data: { status: 'published' },
    })
    expect((await findTagPage('Kenya'))!.stories.map((s) => s.title)).toContain('Zola in Nairobi')
    expect((await findAuthorPage(coauthor.id))!.totalDocs).toBe(2)
    await space.payload.update({
      collection: 'stories',
      id: later.id,
      overrideAccess: true,
      data: { status: 'archived' },
    })
    expect((await findTagPage('Kenya'))!.totalDocs).toBe(1)
    expect((await findAuthorPage(coauthor.id))!.totalDocs).toBe(1)
  })
})
