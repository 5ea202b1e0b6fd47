import type { Payload } from 'payload'
import type { BridgeSettings } from '@/bridge/bridgeSettings'
import { DISCOURSE_DEFAULT_TOPIC_LIMITS, type TopicLimits } from './TopicLimits'

/**
 * What the save-time forum check needs, put in Payload's server-only `config.custom` by
 * config/createPayloadConfig.ts: the limits, and the settings the topic renderers read
 * (credentials blanked; rendering never needs them).
 */
export type ForumRules = { limits: TopicLimits; settings: BridgeSettings }

export const forumRulesFrom = (settings: BridgeSettings): ForumRules => ({
  limits: settings.topicLimits,
  settings: { ...settings, apiKey: '[REDACTED]', webhookSecret: undefined },
})

export const forumRulesOf = (payload: Payload): ForumRules | undefined => {
  const rules = (payload.config.custom as { forumRules?: ForumRules } | undefined)?.forumRules
  return rules
    ? { ...rules, limits: { ...DISCOURSE_DEFAULT_TOPIC_LIMITS, ...rules.limits } }
    : undefined
}
