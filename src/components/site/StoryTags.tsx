import Link from 'next/link'
import { tagPath } from '@/src/site/tagPath'

/** A story's tags, each a link to the other published stories with it. */
export const StoryTags = ({ tags }: { tags: string[] }) =>
  tags.length === 0 ? null : (
    <nav aria-label="Tags" className="filters">
      <ul className="chip-list">
        {tags.map((tag) => (
          <li key={tag}>
            <Link className="chip" href={tagPath(tag)} rel="tag">
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
