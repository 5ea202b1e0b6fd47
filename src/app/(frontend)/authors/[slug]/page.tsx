import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { Pagination } from '@/src/components/site/Pagination'
import { StoryList } from '@/src/components/site/StoryList'
import { authorIdFromParam } from '@/src/site/authorIdFromParam'
import { findAuthorPage } from '@/src/site/findAuthorPage'
import { pageNumber } from '@/src/site/pageNumber'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

const PAGE_SIZE = 10

const load = async ({ params, searchParams }: Props) => {
  const [{ slug }, { page: pageParam }] = await Promise.all([params, searchParams])
  const id = authorIdFromParam(slug)
  const page = pageNumber(pageParam)
  return { slug, page, result: id ? await findAuthorPage(id, { page, limit: PAGE_SIZE }) : null }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { result } = await load(props)
  return { title: result ? `Stories by ${result.author.name}` : 'Not found' }
}

/**
 * An author's published stories: `/authors/<name slug>-<id>` (src/site/authorPath.ts). A bare id,
 * or the slug of an old name, redirects to the current address. Nobody without a published
 * story has a page.
 */
export default async function AuthorPage(props: Props) {
  const { slug, page, result } = await load(props)
  if (!result) notFound()
  const { author } = result
  const href = (p: number) => (p > 1 ? `${author.href}?page=${p}` : author.href)
  if (`/authors/${slug}` !== author.href) redirect(href(page))
  return (
    <>
      <h1>Stories by {author.name}</h1>
      <p className="meta">
        {result.totalDocs === 1 ? '1 published story' : `${result.totalDocs} published stories`}
      </p>
      <StoryList stories={result.stories} headingLevel={2} empty="No stories on this page." />
      <Pagination page={result.page} totalPages={result.totalPages} href={href} />
    </>
  )
}
