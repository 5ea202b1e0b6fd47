// Inputs checked before a request leaves (discourse_api's API.params(...).required(...)).
import { z } from 'zod'

/** Discourse's own rule for topics.external_id: `\A[\w-]+\z`, at most 50 characters. */
export const ExternalIdSchema = z
  .string()
  .max(50, 'external_id is at most 50 characters')
  .regex(/^[\w-]+$/, 'external_id may hold only letters, digits, "_" and "-"')

const TopicId = z.number().int().positive()

export const CreateTopicInputSchema = z.object({
  // Lengths are site settings (min_topic_title_length, min_first_post_length): Discourse judges them.
  title: z.string().trim().min(1, 'title is required'),
  raw: z.string().trim().min(1, 'raw is required'),
  categoryId: TopicId.optional(),
  tags: z.array(z.string().min(1)).optional(),
  externalId: ExternalIdSchema,
  embedUrl: z.url().optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
})
export type CreateTopicInput = z.input<typeof CreateTopicInputSchema>

export const UpdateTopicInputSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    categoryId: TopicId.optional(),
    // The topic's whole tag list (an empty list removes them all), as PostRevisor tracks it.
    tags: z.array(z.string().min(1)).optional(),
  })
  .refine(
    (v) => v.title !== undefined || v.categoryId !== undefined || v.tags !== undefined,
    'give a title, a categoryId or tags',
  )
export type UpdateTopicInput = z.input<typeof UpdateTopicInputSchema>

export const TopicStatusSchema = z.enum(['visible', 'closed', 'archived'])
export type TopicStatus = z.infer<typeof TopicStatusSchema>

export { TopicId as TopicIdSchema }
