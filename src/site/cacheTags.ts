import type { ContentChange } from '@/shared/contentEvents'

/**
 * What the site cache's entries are built from, and which of them a content change makes
 * stale. A read tags its entry with what it showed; a change names what it touched. The lists
 * (`stories`, `events`) are tagged apart from the documents, so a change to one story
 * re-renders its page and the lists that may show it, never every other story's page.
 */
export const cacheTags = {
  /** One story: its page, and any list or feed the page's data came from. */
  story: (id: number | string) => `story:${id}`,
  /** Any list of stories (home, index, category, tag and author pages, feeds, the REST list). */
  stories: 'stories',
  event: (id: number | string) => `event:${id}`,
  /** Any list of events (home, calendar, map, feeds, the REST list). */
  events: 'events',
  /** Category names and slugs, shown on cards, pages and filters. */
  categories: 'categories',
  /** A user's public name, shown in bylines and on their author page. */
  user: (id: number | string) => `user:${id}`,
  /** Images and their alt text, shown on cards and story pages. */
  media: 'media',
  global: (slug: string) => `global:${slug}`,
} as const

/**
 * The tags a change makes stale. A story or event change touches its own page and every list
 * (it may enter, leave or move in them); a category, image or user change touches whatever
 * shows it; a global (guidelines, code of conduct) only its page.
 */
export const tagsOfChange = ({ collection, id }: ContentChange): string[] => {
  switch (collection) {
    case 'stories':
      return [cacheTags.story(id), cacheTags.stories]
    case 'events':
      return [cacheTags.event(id), cacheTags.events]
    case 'categories':
      return [cacheTags.categories]
    case 'users':
      return [cacheTags.user(id)]
    case 'media':
      return [cacheTags.media]
    case 'globals':
      return [cacheTags.global(id)]
    default:
      return []
  }
}
