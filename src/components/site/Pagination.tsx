import Link from 'next/link'

type Props = { page: number; totalPages: number; href: (page: number) => string }

/** Previous / next links with the position in words; no links where there is nowhere to go. */
export const Pagination = ({ page, totalPages, href }: Props) => {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
