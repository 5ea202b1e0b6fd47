import type { Category, Media, Story } from '@/types/payload-types'

/** What a story list shows of one story: small and serializable. */
export type StoryCard = {
  id: number
  title: string
  slug: string
  summary: string | null
  publishedAt: string | null
  authorNames: string | null
  category: { name: string; slug: string } | null
  cover: { url: string; alt: string; width: number | null; height: number | null } | null
  replyCount: number
}

/** The fields a list reads (Payload `select`), and of its relations only what it shows. */
export const storyCardSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  authorNames: true,
  coverImage: true,
  category: true,
  discourse: { replyCount: true, topicUrl: true },
} as const

export const storyCardPopulate = {
  media: { url: true, alt: true, width: true, height: true, sizes: true },
  categories: { name: true, slug: true },
} as const

const coverOf = (value: Story['coverImage']): StoryCard['cover'] => {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  const url = media.sizes?.card?.url ?? media.url
  return url
    ? { url, alt: media.alt ?? '', width: media.width ?? null, height: media.height ?? null }
    : null
}

export const toStoryCard = (
  story: Partial<Story> & Pick<Story, 'id' | 'title' | 'slug'>,
): StoryCard => {
  const category =
    story.category && typeof story.category === 'object' ? (story.category as Category) : null
  return {
    id: story.id,
    title: story.title,
    slug: story.slug,
    summary: story.summary ?? null,
    publishedAt: story.publishedAt ?? null,
    authorNames: story.authorNames ?? null,
    category: category ? { name: category.name, slug: category.slug } : null,
    cover: coverOf(story.coverImage),
    replyCount: story.discourse?.replyCount ?? 0,
  }
}
