import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Pagination } from '@/src/components/site/Pagination'
import { StoryList } from '@/src/components/site/StoryList'
import { findTagPage } from '@/src/site/findTagPage'
import { pageNumber } from '@/src/site/pageNumber'
import { tagFromParam } from '@/src/site/tagFromParam'
import { tagPath } from '@/src/site/tagPath'

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<{ page?: string }> }

const PAGE_SIZE = 10

const load = async ({ params, searchParams }: Props) => {
  const [{ tag: param }, { page: pageParam }] = await Promise.all([params, searchParams])
  const tag = tagFromParam(param)
  const page = pageNumber(pageParam)
  return { page, result: tag ? await findTagPage(tag, { page, limit: PAGE_SIZE }) : null }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { result } = await load(props)
  return { title: result ? `Stories tagged “${result.tag}”` : 'Not found' }
}

/** Published stories with one tag, newest first, paged like the story index; a tag no published story has is a 404. */
export default async function TagPage(props: Props) {
  const { result } = await load(props)
  if (!result) notFound()
  const base = tagPath(result.tag)
  return (
    <>
      <h1>Stories tagged “{result.tag}”</h1>
      <p className="meta">
        {result.totalDocs === 1 ? '1 published story' : `${result.totalDocs} published stories`}
      </p>
      <StoryList stories={result.stories} headingLevel={2} empty="No stories on this page." />
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        href={(p) => (p > 1 ? `${base}?page=${p}` : base)}
      />
    </>
  )
}
