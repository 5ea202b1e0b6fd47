import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryFilter } from '@/src/components/site/CategoryFilter'
import { Pagination } from '@/src/components/site/Pagination'
import { StoryList } from '@/src/components/site/StoryList'
import { findCategories } from '@/src/site/findCategories'
import { findStories } from '@/src/site/findStories'
import { pageNumber } from '@/src/site/pageNumber'

export const metadata: Metadata = { title: 'Stories' }

type Props = { searchParams: Promise<{ category?: string; page?: string }> }

const PAGE_SIZE = 10

/** The story index: newest first, `?category=slug` to filter, `?page=n` to page. */
export default async function StoriesPage({ searchParams }: Props) {
  const { category, page: pageParam } = await searchParams
  const page = pageNumber(pageParam)
  const [categories, result] = await Promise.all([
    findCategories(),
    findStories({ category, page, limit: PAGE_SIZE }),
  ])
  if (result.unknownCategory) notFound()
  const href = (p: number) =>
    `/stories?${new URLSearchParams({ ...(category ? { category } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`
  return (
    <>
      <h1>{result.category ? `Stories: ${result.category.name}` : 'Stories'}</h1>
      <CategoryFilter categories={categories} current={result.category?.slug ?? null} />
      <StoryList stories={result.stories} headingLevel={2} empty="No stories here yet." />
      <Pagination page={result.page} totalPages={result.totalPages} href={href} />
      <p>
        <a href={result.category ? `/categories/${result.category.slug}/feed.xml` : '/feed.xml'}>
          Follow {result.category ? `${result.category.name} stories` : 'all stories'} (Atom feed)
        </a>
      </p>
    </>
  )
}
