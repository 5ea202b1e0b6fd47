// Webhook deliveries as Discourse's Jobs::EmitWebHookEvent sends them: JSON POST, Discourse's
// headers, and X-Discourse-Event-Signature = "sha256=" + hex HMAC-SHA256(secret, raw body).
// Deliveries go one at a time, in order; `idle()` lets tests wait for them.
import { createHmac } from 'node:crypto'

export type WebhookConfig = { url: string; secret: string }
export type WebhookDelivery = {
  id: number
  event: string
  type: string
  status: number | null
  error?: string
}

export const signWebhookBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

export type WebhookEmitter = {
  configure(config: WebhookConfig | null): void
  config(): WebhookConfig | null
  emit(type: 'topic' | 'post' | 'like', event: string, payload: unknown): void
  idle(): Promise<void>
  /** The X-Discourse-Event-Id the next delivery gets (ids never repeat, as Discourse's table ids). */
  nextEventId(): number
  deliveries: WebhookDelivery[]
}

export const createWebhookEmitter = (
  instanceUrl: () => string,
  timeoutMs = 10_000,
  firstEventId = 1,
): WebhookEmitter => {
  let config: WebhookConfig | null = null
  let nextId = firstEventId
  let chain: Promise<void> = Promise.resolve()
  const deliveries: WebhookDelivery[] = []

  const deliver = async (target: WebhookConfig, delivery: WebhookDelivery, body: string) => {
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        body,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          Accept: '*/*',
          'Content-Type': 'application/json',
          'User-Agent': 'Discourse/3.4.0 (simulator)',
          'X-Discourse-Instance': instanceUrl(),
          'X-Discourse-Event-Id': String(delivery.id),
          'X-Discourse-Event-Type': delivery.type,
          'X-Discourse-Event': delivery.event,
          'X-Discourse-Event-Signature': signWebhookBody(target.secret, body),
        },
      })
      delivery.status = res.status
      await res.arrayBuffer().catch(() => undefined)
    } catch (err) {
      delivery.error = err instanceof Error ? err.message : String(err)
    }
  }

  return {
    configure: (next) => void (config = next),
    config: () => config,
    emit(type, event, payload) {
      const target = config
      if (!target) return
      // Serialised now: the payload shows the forum as it was when the event happened.
      const body = JSON.stringify(payload)
      const delivery: WebhookDelivery = { id: nextId++, event, type, status: null }
      deliveries.push(delivery)
      chain = chain.then(() => deliver(target, delivery, body))
    },
    idle: () => chain,
    nextEventId: () => nextId,
    deliveries,
  }
}
