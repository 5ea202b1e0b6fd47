// GET /latest.json and GET /c/{slug}/{id}.json (TopicListSerializer).
import { z } from 'zod'

export const TopicListItemSchema = z.looseObject({
  id: z.number().int(),
  title: z.string(),
  fancy_title: z.string().optional(),
  slug: z.string(),
  posts_count: z.number().int(),
  reply_count: z.number().int(),
  like_count: z.number().int(),
  views: z.number().int(),
  created_at: z.string(),
  bumped_at: z.string(),
  last_posted_at: z.string().nullable(),
  visible: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  category_id: z.number().int().nullish(),
  pinned: z.boolean().optional(),
  last_poster_username: z.string().optional(),
  external_id: z.string().nullish(),
})
export type TopicListItem = z.infer<typeof TopicListItemSchema>

export const TopicListSchema = z.looseObject({
  topic_list: z.looseObject({
    per_page: z.number().int().optional(),
    // Present only when another page exists, e.g. "/c/space-news/5/l/latest?page=1".
    more_topics_url: z.string().optional(),
    topics: z.array(TopicListItemSchema),
  }),
})
export type TopicList = z.infer<typeof TopicListSchema>
