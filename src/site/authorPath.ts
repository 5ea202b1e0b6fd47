import { slugify } from '@/shared/slugify'

/**
 * An author's page: `/authors/<slug of the name>-<id>` (`/authors/ada-admin-1`). The id makes
 * it unique and lets a renamed author's old links still resolve (to the new name's address);
 * a name with no Latin letters or digits leaves the bare id.
 */
export const authorPath = (id: number, name: string): string => {
  const slug = slugify(name)
  return `/authors/${slug ? `${slug}-${id}` : id}`
}
