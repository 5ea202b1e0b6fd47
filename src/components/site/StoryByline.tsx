import Link from 'next/link'
import type { AuthorLink } from '@/src/site/AuthorLink'

type Props = { authors: AuthorLink[]; authorNames: string | null }

/** "By Ada Admin, Bo Writer": each name links to the author's page; the stored byline when there are no links. */
export const StoryByline = ({ authors, authorNames }: Props) => {
  if (authors.length === 0) return authorNames ? <>By {authorNames}</> : null
  return (
    <>
      By{' '}
      {authors.map((author, i) => (
        <span key={author.id}>
          {i > 0 ? ', ' : null}
          <Link href={author.href} rel="author">
            {author.name}
          </Link>
        </span>
      ))}
    </>
  )
}
