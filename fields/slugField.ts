import type { TextField } from 'payload'

type SlugFieldOptions = {
  validate?: (value: string | null | undefined) => true | string
  description?: string
}

/**
 * The public address of a titled document (stories, events), unique and in the sidebar;
 * hooks/deriveSlug derives it from the title.
 */
export const slugField = ({ validate, description }: SlugFieldOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: 120,
  ...(validate ? { validate } : {}),
  admin: description ? { position: 'sidebar', description } : { position: 'sidebar' },
})
