// What the bridge reads of a post. Loose objects: a newer Discourse may add fields freely.
import { z } from 'zod'

/** A post inside a topic's post_stream (GET /t/{id}.json): no `raw` there. */
export const StreamPostSchema = z.looseObject({
  id: z.number().int(),
  post_number: z.number().int(),
  username: z.string(),
  name: z.string().nullish(),
  avatar_template: z.string(),
  cooked: z.string(),
  created_at: z.string(),
  updated_at: z.string().optional(),
  reply_count: z.number().int().optional(),
  topic_id: z.number().int().optional(),
  user_id: z.number().int().optional(),
})
export type StreamPost = z.infer<typeof StreamPostSchema>

/** GET /posts/{id}.json: includes `raw`, the markdown the bridge compares with the story. */
export const PostSchema = StreamPostSchema.extend({
  topic_id: z.number().int(),
  raw: z.string(),
  version: z.number().int().optional(),
  topic_slug: z.string().optional(),
  deleted_at: z.string().nullish(),
  edit_reason: z.string().nullish(),
})
export type Post = z.infer<typeof PostSchema>

/** POST /posts.json answers the created first post. */
export const CreatedPostSchema = z.looseObject({
  id: z.number().int(),
  topic_id: z.number().int(),
  topic_slug: z.string(),
  post_number: z.number().int(),
})
export type CreatedPost = z.infer<typeof CreatedPostSchema>
