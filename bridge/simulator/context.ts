// Everything a route or the control API may touch, passed in explicitly (no module singletons).
import type { Faults } from './faults'
import type { Forum } from './forum'
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
}
