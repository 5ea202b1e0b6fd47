// What the bridge reads of GET /t/{id}.json (Discourse's TopicViewSerializer).
import { z } from 'zod'
import { StreamPostSchema } from './post'
import { TopicSummarySchema } from './topicSummary'

const BasicUserSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string().nullish(),
  avatar_template: z.string(),
})

export const TopicSchema = TopicSummarySchema.extend({
  participant_count: z.number().int(),
  // Not in Discourse's topic view (lists carry it); kept optional for servers that add it.
  bumped_at: z.string().optional(),
  highest_post_number: z.number().int().nullish(),
  deleted_at: z.string().nullish(),
  // Tag names, or tag objects ({ id, name, slug }) on newer Discourse versions.
  tags: z.array(z.union([z.string(), z.looseObject({ name: z.string() })])).optional(),
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
