// Public API of the Discourse client. Import from here, not from the files behind it.
export { createDiscourseClient, createDiscourseHttp, SPACE_USER_AGENT } from './client'
export type { DiscourseClient, DiscourseClientOptions, DiscourseLogger } from './client'
export type { DiscourseHttp, DiscourseRequest } from './http'
export {
  DiscourseError,
  DiscourseAuthError,
  DiscourseNotFoundError,
  DiscourseValidationError,
  DiscourseRateLimitError,
  DiscourseServerError,
  DiscourseNetworkError,
  DiscourseSchemaError,
  isDiscourseError,
  isDiscourseAuthError,
  isDiscourseNotFoundError,
  isDiscourseValidationError,
  isDiscourseRateLimitError,
  isDiscourseServerError,
  isDiscourseNetworkError,
  isDiscourseSchemaError,
  isRetryable,
  toDiscourseError,
} from './errors'
export {
  defaultRetryPolicy,
  resolveRetryPolicy,
  retryDelayMs,
  withRetry,
  sleep,
  isIdempotentMethod,
} from './retry'
export type { RetryPolicy, Sleep } from './retry'
export { parseRetryAfter } from './parseRetryAfter'
export { createDiscourseLimiter } from './limiter'
export type { DiscourseLimiter, DiscourseLimiterOptions } from './limiter'
export { createSharedLimiter, LimiterStoppedError } from './sharedLimiter'
export type { SharedLimiterOptions } from './sharedLimiter'
export { payloadBudgetStore, memoryBudgetStore } from './budgetStore'
export type { BudgetStore, BudgetRow } from './budgetStore'
export { budgetKey } from './budgetKey'
export type { CreatedTopic, TopicPage } from './resources/topics'
export { TopicSchema, type Topic } from './schemas/topic'
export { PostSchema, StreamPostSchema, type Post, type StreamPost } from './schemas/post'
export { TopicListItemSchema, type TopicListItem } from './schemas/topicList'
export { CategorySchema, type Category } from './schemas/category'
export { SiteBasicInfoSchema, type SiteBasicInfo } from './schemas/siteBasicInfo'
export {
  ExternalIdSchema,
  type CreateTopicInput,
  type UpdateTopicInput,
  type TopicStatus,
} from './schemas/inputs'
