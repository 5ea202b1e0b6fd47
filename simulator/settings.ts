// The few Discourse site settings the simulator honours, with Discourse's defaults.
export type SimulatorSiteSettings = {
  title: string
  min_topic_title_length: number
  max_topic_title_length: number
  min_first_post_length: number
  min_post_length: number
  allow_duplicate_topic_titles: boolean
  /** GlobalSetting.max_admin_api_reqs_per_minute (DISCOURSE_MAX_ADMIN_API_REQS_PER_MINUTE). */
  max_admin_api_reqs_per_minute: number
  /**
   * Not a Discourse setting: whether topic lists carry each topic's external_id. The official
   * schema of a topic-list item has none (the default); some forums send it to staff keys.
   */
  topic_list_external_ids: boolean
}

export const defaultSiteSettings = (): SimulatorSiteSettings => ({
  title: 'Space Forum (simulator)',
  min_topic_title_length: 15,
  max_topic_title_length: 255,
  min_first_post_length: 20,
  min_post_length: 20,
  allow_duplicate_topic_titles: false,
  max_admin_api_reqs_per_minute: 60,
  topic_list_external_ids: false,
})
