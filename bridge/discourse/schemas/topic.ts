// What the bridge reads of GET /t/{id}.json (Discourse's TopicViewSerializer).
import { z } from 'zod'
import { StreamPostSchema } from './post'

const BasicUserSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string().nullish(),
  avatar_template: z.string(),
})

export const TopicSchema = z.looseObject({
  id: z.number().int(),
  title: z.string(),
  fancy_title: z.string().optional(),
  slug: z.string(),
  posts_count: z.number().int(),
  reply_count: z.number().int(),
  like_count: z.number().int(),
  views: z.number().int(),
  participant_count: z.number().int(),
  created_at: z.string(),
  last_posted_at: z.string().nullable(),
  // Not in Discourse's topic view (lists carry it); kept optional for servers that add it.
  bumped_at: z.string().optional(),
  visible: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  category_id: z.number().int().nullish(),
  highest_post_number: z.number().int().nullish(),
  deleted_at: z.string().nullish(),
  external_id: z.string().nullish(),
  post_stream: z.looseObject({
    // The first chunk (up to 20 posts): post_stream.posts[0] is the first post.
    posts: z.array(StreamPostSchema),
    stream: z.array(z.number().int()).optional(),
  }),
  details: z
    .looseObject({
      created_by: BasicUserSchema.optional(),
      last_poster: BasicUserSchema.optional(),
    })
    .optional(),
})
export type Topic = z.infer<typeof TopicSchema>
