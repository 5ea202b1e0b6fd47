// Discourse's validation sentences (Rails full messages, as Discourse renders them).
// "External has already been taken": Rails humanizes `external_id` to "External"; real
// clients match on that exact text (seen in public Discourse client code).
import type { SimulatorSiteSettings } from './settings'
import type { SimulatorState } from './state'

export const validateTitle = (
  state: SimulatorState,
  settings: SimulatorSiteSettings,
  title: unknown,
  exceptTopicId?: number,
): string[] => {
  if (typeof title !== 'string' || title.trim() === '') return ["Title can't be blank"]
  const t = title.trim()
  if (t.length < settings.min_topic_title_length)
    return [`Title is too short (minimum is ${settings.min_topic_title_length} characters)`]
  if (t.length > settings.max_topic_title_length)
    return [`Title is too long (maximum is ${settings.max_topic_title_length} characters)`]
  if (!settings.allow_duplicate_topic_titles) {
    const taken = [...state.topics.values()].some(
      (topic) =>
        !topic.deleted_at &&
        topic.id !== exceptTopicId &&
        topic.title.toLowerCase() === t.toLowerCase(),
    )
    if (taken) return ['Title has already been used']
  }
  return []
}

export const validateRaw = (
  settings: SimulatorSiteSettings,
  raw: unknown,
  firstPost: boolean,
): string[] => {
  if (typeof raw !== 'string' || raw.trim() === '') return ["Body can't be blank"]
  const min = firstPost ? settings.min_first_post_length : settings.min_post_length
  return raw.trim().length < min ? [`Body is too short (minimum is ${min} characters)`] : []
}

/** Topic#external_id: unique (case-insensitive), at most 50 characters, `\A[\w-]+\z`. */
export const validateExternalId = (state: SimulatorState, externalId: unknown): string[] => {
  if (externalId === undefined || externalId === null || externalId === '') return []
  const ext = String(externalId)
  if (ext.length > 50) return ['External is too long (maximum is 50 characters)']
  if (!/^[\w-]+$/.test(ext)) return ['External is invalid']
  // Soft-deleted topics keep their external_id in Discourse, so the id stays taken.
  const taken = [...state.topics.values()].some(
    (t) => t.external_id?.toLowerCase() === ext.toLowerCase(),
  )
  return taken ? ['External has already been taken'] : []
}

export const validateCategory = (state: SimulatorState, categoryId: unknown): string[] => {
  if (categoryId === undefined || categoryId === null || categoryId === '') return []
  return state.categories.has(Number(categoryId)) ? [] : ['Category not found']
}

/** TopicEmbed validates embed_url as unique; like external_id, a deleted topic's URL stays taken. */
export const validateEmbedUrl = (state: SimulatorState, embedUrl: unknown): string[] => {
  if (typeof embedUrl !== 'string' || embedUrl === '') return []
  const taken = [...state.topics.values()].some((t) => t.embed_url === embedUrl)
  return taken ? ['Embed url has already been taken'] : []
}
