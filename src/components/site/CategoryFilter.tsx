import Link from 'next/link'
import type { CategoryLink } from '@/src/site/findCategories'

type Props = { categories: CategoryLink[]; current: string | null }

/** Links, not a form: each filter is a shareable URL and works without JavaScript. */
export const CategoryFilter = ({ categories, current }: Props) => (
  <nav aria-label="Categories" className="filters">
    <ul className="chip-list">
      <li>
        <Link className="chip" href="/stories" aria-current={current ? undefined : 'page'}>
          All
        </Link>
      </li>
      {categories.map((c) => (
        <li key={c.id}>
          <Link
            className="chip"
            href={`/stories?category=${encodeURIComponent(c.slug)}`}
            aria-current={current === c.slug ? 'page' : undefined}
          >
            {c.name}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
)
