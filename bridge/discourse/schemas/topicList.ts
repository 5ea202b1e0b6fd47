// GET /latest.json and GET /c/{slug}/{id}.json (TopicListSerializer).
import { z } from 'zod'
import { TopicSummarySchema } from './topicSummary'

export const TopicListItemSchema = TopicSummarySchema.extend({
  bumped_at: z.string(),
  pinned: z.boolean().optional(),
  last_poster_username: z.string().optional(),
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
