// Everything a route or the control API may touch, passed in explicitly (no module singletons).
import type { Faults } from './faults'
import type { Forum } from './forum'
import type { FormTokens } from './pages/formTokens'
import type { SlidingWindow } from './rateLimit'
import type { RequestLog } from './requestLog'
import type { WebhookEmitter } from './webhooks'

export type SimulatorContext = {
  forum: Forum
  faults: Faults
  requestLog: RequestLog
  window: SlidingWindow
  webhooks: WebhookEmitter
  apiKey: string
  /** Tokens that keep the topic pages' forms from being posted by other sites. */
  forms: FormTokens
}
