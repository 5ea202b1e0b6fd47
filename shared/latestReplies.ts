import { z } from 'zod'

/**
 * The snapshot of a topic's latest replies kept on a story (`discourse.latestReplies`), so
 * the public site shows the conversation without ever calling Discourse itself.
 */
export const LatestReplySchema = z.object({
  id: z.number(),
  postNumber: z.number(),
  username: z.string(),
  name: z.string().nullable(),
  avatarUrl: z.string(),
  excerpt: z.string(),
  createdAt: z.string(),
  url: z.string(),
})
export type LatestReply = z.infer<typeof LatestReplySchema>
export const LatestRepliesSchema = z.array(LatestReplySchema)
