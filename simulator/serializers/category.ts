// CategoryListSerializer: GET /categories.json.
import type { SimCategory, SimulatorState } from '../state'

const category = (state: SimulatorState, c: SimCategory, withSubcategories: boolean) => {
  const topics = [...state.topics.values()].filter((t) => t.category_id === c.id && !t.deleted_at)
  const posts = topics.reduce((sum, t) => sum + t.post_ids.length, 0)
  return {
    id: c.id,
    name: c.name,
    color: c.color,
    text_color: c.text_color,
    style_type: 'square',
    emoji: null,
    icon: null,
    slug: c.slug,
    topic_count: topics.length,
    post_count: posts,
    position: c.position,
    description: c.description,
    description_text: c.description,
    description_excerpt: c.description,
    topic_url: null,
    read_restricted: c.read_restricted,
    permission: 1,
    notification_level: 1,
    can_edit: true,
    topic_template: null,
    topic_title_placeholder: null,
    has_children: false,
    subcategory_count: null,
    sort_order: null,
    sort_ascending: null,
    show_subcategory_list: false,
    num_featured_topics: 3,
    default_view: null,
    subcategory_list_style: 'rows_with_featured_topics',
    default_top_period: 'all',
    default_list_filter: 'all',
    minimum_required_tags: 0,
    navigate_to_first_post_after_read: false,
    topics_day: 0,
    topics_week: topics.length,
    topics_month: topics.length,
    topics_year: topics.length,
    topics_all_time: topics.length,
    is_uncategorized: c.id === 1,
    subcategory_ids: [],
    ...(withSubcategories ? { subcategory_list: [] } : {}),
    uploaded_logo: null,
    uploaded_logo_dark: null,
    uploaded_background: null,
    uploaded_background_dark: null,
  }
}

export const categoryList = (state: SimulatorState, withSubcategories: boolean) => ({
  category_list: {
    can_create_category: true,
    can_create_topic: true,
    categories: [...state.categories.values()]
      .sort((a, b) => a.position - b.position)
      .map((c) => category(state, c, withSubcategories)),
  },
})
