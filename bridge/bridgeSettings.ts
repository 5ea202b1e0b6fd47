import path from 'node:path'
import type { Env } from '@/config/env'
import { BUILT_IN_SIMULATOR } from '@/config/builtInSimulator'
import type { TopicLimits } from './sync/limits/TopicLimits'

/** What the bridge needs from the environment, derived once. */
export type BridgeSettings = {
  discourseUrl: string
  apiKey: string
  apiUsername: string
  /** True when DISCOURSE_URL is unset and the built-in simulator stands in. */
  usingSimulator: boolean
  /**
   * Where the built-in simulator keeps its forum across restarts: beside a SQLite database
   * (`<database file>.simulator.json`), so the topics Space links stay there. Unset otherwise.
   */
  simulatorStateFile?: string
  publicUrl: string
  storyCategoryId?: number
  eventsCategoryId?: number
  postContent: 'full' | 'summary'
  onDelete: 'close' | 'delete'
  maxAttempts: number
  retryBaseMs: number
  timeoutMs: number
  maxRequestsPerMinute: number
  /** Shared with Discourse's webhook; the simulator gets a fixed one when it stands in. */
  webhookSecret?: string
  /** The forum's title and first-post rules, checked when a story is submitted or published. */
  topicLimits: TopicLimits
}

export const bridgeSettings = (env: Env): BridgeSettings => ({
  discourseUrl: (env.DISCOURSE_URL ?? `http://127.0.0.1:${env.SIMULATOR_PORT}`).replace(/\/+$/, ''),
  apiKey: env.DISCOURSE_API_KEY ?? BUILT_IN_SIMULATOR.apiKey,
  apiUsername: env.DISCOURSE_API_USERNAME,
  usingSimulator: !env.DISCOURSE_URL,
  simulatorStateFile:
    !env.DISCOURSE_URL &&
    env.DATABASE_URL.startsWith('file:') &&
    !env.DATABASE_URL.includes(':memory:')
      ? `${path.resolve(env.DATABASE_URL.slice('file:'.length))}.simulator.json`
      : undefined,
  publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  // With no DISCOURSE_URL (the built-in simulator), the categories it seeds for Space's topics; a real forum gets no default.
  storyCategoryId:
    env.DISCOURSE_CATEGORY_ID ??
    (env.DISCOURSE_URL ? undefined : BUILT_IN_SIMULATOR.categoryIds.spaceNews),
  eventsCategoryId:
    env.DISCOURSE_EVENTS_CATEGORY_ID ??
    env.DISCOURSE_CATEGORY_ID ??
    (env.DISCOURSE_URL ? undefined : BUILT_IN_SIMULATOR.categoryIds.events),
  postContent: env.DISCOURSE_POST_CONTENT,
  onDelete: env.DISCOURSE_ON_STORY_DELETE,
  maxAttempts: env.DISCOURSE_SYNC_MAX_ATTEMPTS,
  retryBaseMs: env.DISCOURSE_SYNC_RETRY_BASE_MS,
  timeoutMs: env.DISCOURSE_TIMEOUT_MS,
  maxRequestsPerMinute: env.DISCOURSE_MAX_REQUESTS_PER_MINUTE,
  webhookSecret:
    env.DISCOURSE_WEBHOOK_SECRET ??
    (env.DISCOURSE_URL ? undefined : BUILT_IN_SIMULATOR.webhookSecret),
  topicLimits: {
    min_topic_title_length: env.DISCOURSE_MIN_TOPIC_TITLE_LENGTH,
    max_topic_title_length: env.DISCOURSE_MAX_TOPIC_TITLE_LENGTH,
    min_first_post_length: env.DISCOURSE_MIN_FIRST_POST_LENGTH,
  },
})
