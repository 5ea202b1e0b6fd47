// What the bridge reads of the two post listings: the forum's latest posts across topics
// (GET /posts.json, PostsController#latest) and chosen posts of one topic
// (GET /t/{id}/posts.json?post_ids[]=…). Loose objects: a newer Discourse may add fields freely.
import { z } from 'zod'
import { StreamPostSchema } from './post'

/** A post in the latest-posts listing: it names its topic. */
export const LatestPostSchema = StreamPostSchema.extend({
  topic_id: z.number().int(),
  topic_slug: z.string(),
  post_type: z.number().int().optional(),
  deleted_at: z.string().nullish(),
  hidden: z.boolean().optional(),
})
export type LatestPost = z.infer<typeof LatestPostSchema>

/** Newest first; each page covers post ids up to `before` (Discourse reads 50 ids at a time). */
export const LatestPostsSchema = z.looseObject({ latest_posts: z.array(LatestPostSchema) })

export const TopicPostsSchema = z.looseObject({
  post_stream: z.looseObject({ posts: z.array(StreamPostSchema) }),
})
