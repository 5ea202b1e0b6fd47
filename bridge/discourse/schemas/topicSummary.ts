// What the bridge reads of a topic wherever Discourse describes one: the topic view
// (GET /t/{id}.json, schemas/topic.ts) and the topic lists (schemas/topicList.ts) both carry these.
import { z } from 'zod'

export const TopicSummarySchema = z.looseObject({
  id: z.number().int(),
  title: z.string(),
  fancy_title: z.string().optional(),
  slug: z.string(),
  posts_count: z.number().int(),
  reply_count: z.number().int(),
  like_count: z.number().int(),
  views: z.number().int(),
  created_at: z.string(),
  last_posted_at: z.string().nullable(),
  visible: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  category_id: z.number().int().nullish(),
  external_id: z.string().nullish(),
})
