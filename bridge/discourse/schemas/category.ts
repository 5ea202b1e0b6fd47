// GET /categories.json (CategoryListSerializer).
import { z } from 'zod'

export const CategorySchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  color: z.string().optional(),
  text_color: z.string().optional(),
  description: z.string().nullish(),
  topic_count: z.number().int().optional(),
  post_count: z.number().int().optional(),
  position: z.number().int().optional(),
  parent_category_id: z.number().int().nullish(),
  read_restricted: z.boolean().optional(),
})
export type Category = z.infer<typeof CategorySchema>

export const CategoryListSchema = z.looseObject({
  category_list: z.looseObject({ categories: z.array(CategorySchema) }),
})
