// startSimulator: the built-in Discourse stand-in, for demos and tests only.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createSimulatorApp } from './app'
import type { SimulatorContext } from './context'
import { noFaults, type Faults } from './faults'
import type { Forum, ForumEvent } from './forum'
import { createFormTokens } from './pages/formTokens'
import { createRequestLog, type RequestLogEntry } from './requestLog'
import { webhookLike, webhookPost, webhookTopic } from './serializers/webhookPayloads'
import { defaultSiteSettings, type SimulatorSiteSettings } from './settings'
import { createState, resetState, restoreState, serializeState, type SimulatorState } from './state'
import { createWebhookEmitter, type WebhookConfig } from './webhooks'

type LogFn = (obj: object, msg?: string) => void
export type SimulatorLogger = { info: LogFn; warn: LogFn }

export type SimulatorOptions = {
  /** 0 picks a free port. */
  port?: number
  host?: '127.0.0.1'
  apiKey?: string
  /** Discourse's default is 60 (DISCOURSE_MAX_ADMIN_API_REQS_PER_MINUTE). */
  maxAdminApiReqsPerMinute?: number
  webhook?: WebhookConfig
  /** Defaults to the console; `false` is silent. */
  logger?: SimulatorLogger | false
  settings?: Partial<SimulatorSiteSettings>
  /**
   * Keep the forum (topics, posts, ids, webhook event ids) in this JSON file across restarts:
   * loaded at start, written shortly after every request and on close. Without it the forum
   * starts empty each time.
   */
  stateFile?: string
}

export type Simulator = {
  url: string
  port: number
  state: SimulatorState
  settings: SimulatorSiteSettings
  faults: Faults
  requests(): RequestLogEntry[]
  setWebhook(config: WebhookConfig | null): void
  /** Resolves when every webhook emitted so far has been delivered (or has failed). */
  webhooksIdle(): Promise<void>
  reset(): void
  close(): Promise<void>
}

const consoleLogger: SimulatorLogger = {
  info: (obj, msg) => console.info(msg ?? '', obj),
  warn: (obj, msg) => console.warn(msg ?? '', obj),
}

export const startSimulator = async (opts: SimulatorOptions = {}): Promise<Simulator> => {
  const host = opts.host ?? '127.0.0.1'
  const logger = opts.logger === false ? undefined : (opts.logger ?? consoleLogger)
  const settings = { ...defaultSiteSettings(), ...opts.settings }
  if (opts.maxAdminApiReqsPerMinute !== undefined)
    settings.max_admin_api_reqs_per_minute = opts.maxAdminApiReqsPerMinute
  let url = ''
  const state = createState()
  const saved =
    opts.stateFile && existsSync(opts.stateFile) ? readFileSync(opts.stateFile, 'utf8') : null
  let firstEventId = 1
  if (saved) {
    try {
      firstEventId = Number(restoreState(state, saved).nextWebhookEventId) || 1
    } catch (err) {
      resetState(state)
      logger?.warn(
        { file: opts.stateFile, error: String(err) },
        'simulator state file unreadable; starting with an empty forum',
      )
    }
  }
  const webhooks = createWebhookEmitter(() => url, undefined, firstEventId)
  if (opts.webhook) webhooks.configure(opts.webhook)
  const forum: Forum = {
    state,
    settings,
    notify: (event: ForumEvent) => {
      if (event.name === 'post_liked')
        webhooks.emit(
          'like',
          event.name,
          webhookLike(state, state.posts.get(event.postId)!, state.users.get(event.userId)!),
        )
      else if ('postId' in event)
        webhooks.emit('post', event.name, webhookPost(state, state.posts.get(event.postId)!))
      else webhooks.emit('topic', event.name, webhookTopic(state, state.topics.get(event.topicId)!))
    },
  }
  const ctx: SimulatorContext = {
    forum,
    faults: noFaults(),
    requestLog: createRequestLog(),
    window: { hits: new Map(), limit: () => settings.max_admin_api_reqs_per_minute },
    webhooks,
    apiKey: opts.apiKey ?? 'simulator-key',
    forms: createFormTokens(),
  }
  const onReset = () => {
    Object.assign(ctx.faults, noFaults())
    ctx.requestLog.entries.length = 0
    ctx.window.hits.clear()
    webhooks.deliveries.length = 0
  }
  const app = createSimulatorApp(ctx, onReset)
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? 4200, host, () => resolve(s)).on('error', reject)
  })
  // Any request may change the forum (page views too): save shortly after, once per burst.
  let saveTimer: NodeJS.Timeout | undefined
  const save = () => {
    clearTimeout(saveTimer)
    saveTimer = undefined
    if (!opts.stateFile) return
    try {
      writeFileSync(
        `${opts.stateFile}.tmp`,
        serializeState(state, { nextWebhookEventId: webhooks.nextEventId() }),
      )
      renameSync(`${opts.stateFile}.tmp`, opts.stateFile)
    } catch (err) {
      logger?.warn(
        { file: opts.stateFile, error: String(err) },
        'could not save the simulator state',
      )
    }
  }
  if (opts.stateFile)
    server.on('request', (_req, res: import('node:http').ServerResponse) =>
      res.once('finish', () => void (saveTimer ??= setTimeout(save, 200).unref())),
    )
  const port = (server.address() as AddressInfo).port
  url = `http://${host}:${port}`
  logger?.info(
    {
      url,
      apiKey: '[REDACTED]',
      ...(opts.stateFile ? { stateFile: opts.stateFile, topics: state.topics.size } : {}),
      categories: [...state.categories.values()].map((c) => `${c.id}:${c.slug}`),
    },
    `Discourse SIMULATOR (built-in stand-in, for demos and tests only) listening on ${url}`,
  )

  return {
    url,
    port,
    state,
    settings,
    faults: ctx.faults,
    requests: () => ctx.requestLog.entries,
    setWebhook: (config) => webhooks.configure(config),
    webhooksIdle: () => webhooks.idle(),
    reset: () => {
      resetState(state)
      onReset()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        save()
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}
