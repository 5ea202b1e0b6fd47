// Category endpoints.
import type { DiscourseHttp } from '../http'
import { CategoryListSchema, CategorySchema, type Category } from '../schemas/category'

/** GET /categories.json with subcategories, flattened: a story may target a subcategory. */
export const listCategories = async (http: DiscourseHttp): Promise<Category[]> => {
  const body = await http.request({
    method: 'GET',
    path: '/categories.json',
    params: { include_subcategories: true },
    schema: CategoryListSchema,
  })
  return body.category_list.categories.flatMap((c) => {
    // subcategory_list items are full categories; anything unreadable there is skipped, not fatal.
    const subs = Array.isArray(c.subcategory_list) ? c.subcategory_list : []
    return [
      c,
      ...subs.flatMap((s) =>
        CategorySchema.safeParse(s).success ? [CategorySchema.parse(s)] : [],
      ),
    ]
  })
}
