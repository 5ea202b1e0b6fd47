/**
 * The forum's own rules for a new topic, as Discourse's site settings name them. Discourse's
 * settings endpoint is admin-only and not in its published API document, so these come from
 * configuration (config/env.ts), whose defaults are Discourse's own defaults.
 */
export type TopicLimits = {
  min_topic_title_length: number
  max_topic_title_length: number
  min_first_post_length: number
}

/** Discourse's defaults (and the built-in simulator's). */
export const DISCOURSE_DEFAULT_TOPIC_LIMITS: TopicLimits = {
  min_topic_title_length: 15,
  max_topic_title_length: 255,
  min_first_post_length: 20,
}
