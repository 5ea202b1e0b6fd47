// What a fresh simulator holds. Ids follow a fresh Discourse where they can (Uncategorized is 1,
// system is -1); Space's own categories are 5 and 6. Documented in docs/DISCOURSE.md.
import type { SimCategory, SimUser } from './state'

export const DEFAULT_CATEGORY_IDS = {
  uncategorized: 1,
  siteFeedback: 2,
  staff: 3,
  general: 4,
  spaceNews: 5,
  events: 6,
} as const

const category = (
  id: number,
  name: string,
  slug: string,
  color: string,
  description: string,
  readRestricted = false,
): SimCategory => ({
  id,
  name,
  slug,
  color,
  text_color: 'FFFFFF',
  description,
  position: id,
  read_restricted: readRestricted,
})

export const seedCategories = (): SimCategory[] => [
  category(1, 'Uncategorized', 'uncategorized', '0088CC', 'Topics that need no category.'),
  category(2, 'Site Feedback', 'site-feedback', '808281', 'Discussion about this site.'),
  category(3, 'Staff', 'staff', 'E45735', 'Private category for staff discussions.', true),
  category(4, 'General', 'general', '25AAE2', 'General conversation.'),
  category(5, 'Space News', 'space-news', '652D90', 'Stories published on Space, one topic each.'),
  category(6, 'Events', 'events', '3AB54A', 'Events published on Space, one topic each.'),
]

const user = (id: number, username: string, name: string, staff: boolean, trust = 1): SimUser => ({
  id,
  username,
  name,
  admin: staff,
  moderator: staff,
  trust_level: staff ? 4 : trust,
})

/** `system` and `admin` are staff (API usernames); the rest are fake community members who reply. */
export const seedUsers = (): SimUser[] => [
  user(-1, 'system', 'system', true),
  user(1, 'admin', 'Forum Admin', true),
  user(2, 'sally_ride', 'Sally Ride', false, 2),
  user(3, 'yuri_g', 'Yuri Gagarin', false, 1),
  user(4, 'mae_jemison', 'Mae Jemison', false, 3),
  user(5, 'chris_h', 'Chris Hadfield', false, 2),
  user(6, 'kalpana_c', 'Kalpana Chawla', false, 1),
]

export const COMMUNITY_USERNAMES = ['sally_ride', 'yuri_g', 'mae_jemison', 'chris_h', 'kalpana_c']
