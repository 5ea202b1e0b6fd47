// The transport (one axios instance: auth headers, timeout, error mapping, pacing, retries,
// same-origin redirects) and the client that binds the resource functions to it.
import axios, { type AxiosAdapter, type AxiosResponse } from 'axios'
import {
  DiscourseError,
  DiscourseSchemaError,
  isDiscourseRateLimitError,
  toDiscourseError,
} from './errors'
import type { DiscourseHttp, DiscourseRequest } from './http'
import type { DiscourseLimiter } from './limiter'
import { requestPath } from './requestPath'
import { resolveRetryPolicy, withRetry, type RetryPolicy, type Sleep } from './retry'
import { getPost, getTopicPosts, listLatestPosts, updatePost } from './resources/posts'
import { listCategories } from './resources/categories'
import { getSiteBasicInfo } from './resources/site'
import * as topics from './resources/topics'
import type { Category } from './schemas/category'
import type { CreateTopicInput, TopicStatus, UpdateTopicInput } from './schemas/inputs'
import type { Post, StreamPost } from './schemas/post'
import type { LatestPost } from './schemas/postList'
import type { SiteBasicInfo } from './schemas/siteBasicInfo'
import type { Topic } from './schemas/topic'

type LogFn = (obj: object, msg?: string) => void
export type DiscourseLogger = { debug: LogFn; info: LogFn; warn: LogFn; error: LogFn }

export type DiscourseClientOptions = {
  baseUrl: string
  apiKey: string
  apiUsername: string
  /** Always set: a request without a timeout can hang a sync job forever. */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  limiter?: DiscourseLimiter
  logger?: DiscourseLogger
  userAgent?: string
  /** Aborting ends waits and requests at once (Ctrl-C in the CLI). */
  signal?: AbortSignal
  /** For tests: a scripted axios adapter, and a sleep that records instead of waiting. */
  adapter?: AxiosAdapter
  sleep?: Sleep
}

export type DiscourseClient = {
  createTopic(input: CreateTopicInput): Promise<topics.CreatedTopic>
  getTopic(topicId: number): Promise<Topic>
  getTopicByExternalId(externalId: string): Promise<Topic | null>
  getPost(postId: number): Promise<Post>
  /** Posts of one topic by id (the topic view carries only its first 20). */
  getTopicPosts(topicId: number, postIds: number[]): Promise<StreamPost[]>
  /** The forum's latest posts across topics, newest first, ids up to `before`. */
  listLatestPosts(before?: number): Promise<LatestPost[]>
  updateFirstPost(postId: number, raw: string, editReason?: string): Promise<void>
  updateTopic(topicId: number, input: UpdateTopicInput): Promise<void>
  setTopicStatus(topicId: number, status: TopicStatus, enabled: boolean): Promise<void>
  deleteTopic(topicId: number): Promise<void>
  listCategoryTopics(
    category: { id: number; slug?: string },
    page?: number,
  ): Promise<topics.TopicPage>
  listLatestTopics(page?: number): Promise<topics.TopicPage>
  listCategories(): Promise<Category[]>
  getSiteBasicInfo(): Promise<SiteBasicInfo>
  topicUrl(topic: { id: number; slug: string }): string
  /** HTTP requests sent so far, retries and redirects included. */
  requestCount(): number
}

export const SPACE_USER_AGENT = 'Space-Discourse-Bridge/0.1.0 (+https://github.com/space)'
const DEFAULT_TIMEOUT_MS = 15_000
const MAX_REDIRECTS = 3
// Limiters that count every request of this key or this host: pause everyone, not one request.
const KEY_WIDE_LIMITER = /api_key|_secs_limit/

export const createDiscourseHttp = (
  opts: DiscourseClientOptions,
): DiscourseHttp & { requestCount(): number } => {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '')
  const origin = new URL(baseUrl).origin
  const policy = resolveRetryPolicy(opts.retry)
  const instance = axios.create({
    baseURL: baseUrl,
    timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: {
      'Api-Key': opts.apiKey,
      'Api-Username': opts.apiUsername,
      'User-Agent': opts.userAgent ?? SPACE_USER_AGENT,
      Accept: 'application/json',
    },
    maxRedirects: 0, // redirects are followed below, on the forum's origin only, so the key never leaves it
    adapter: opts.adapter,
  })
  instance.interceptors.response.use(undefined, (err) => {
    if (opts.signal?.aborted) return Promise.reject(opts.signal.reason)
    return Promise.reject(toDiscourseError(err, baseUrl))
  })
  let sent = 0

  const send = async (req: DiscourseRequest<unknown>, url: string): Promise<AxiosResponse> => {
    const run = async () => {
      sent++
      const started = Date.now()
      const res = await instance.request({
        method: req.method,
        url,
        params: req.params,
        data: req.data,
        signal: opts.signal,
        validateStatus: (s) =>
          (s >= 200 && s < 300) || (!!req.followRedirect && s >= 300 && s < 400),
      })
      opts.logger?.debug(
        {
          method: req.method,
          path: requestPath(url, baseUrl),
          status: res.status,
          ms: Date.now() - started,
        },
        'discourse request',
      )
      return res
    }
    return opts.limiter ? opts.limiter.schedule(run) : run()
  }

  const attempt = (req: DiscourseRequest<unknown>, url: string) =>
    withRetry(() => send(req, url), {
      policy,
      method: req.method,
      signal: opts.signal,
      sleep: opts.sleep,
      onRetry: ({ err, retry, delayMs }) => {
        const e = err as DiscourseError
        if (isDiscourseRateLimitError(err) && KEY_WIDE_LIMITER.test(err.limiterCode ?? ''))
          opts.limiter?.pause(delayMs)
        opts.logger?.warn(
          { method: e.method, path: e.path, status: e.status, retry, delayMs },
          'discourse request retrying',
        )
      },
    }).catch((err) => {
      // A POST is never retried, but a key-wide 429 on it should still hold everyone else back.
      if (
        isDiscourseRateLimitError(err) &&
        KEY_WIDE_LIMITER.test(err.limiterCode ?? '') &&
        err.retryAfterMs
      )
        opts.limiter?.pause(err.retryAfterMs)
      throw err
    })

  const request = async <T>(req: DiscourseRequest<T>): Promise<T> => {
    let url = req.path
    let res = await attempt(req, url)
    for (let hops = 0; res.status >= 300 && res.status < 400; hops++) {
      const location = res.headers['location']
      const target = typeof location === 'string' ? new URL(location, baseUrl + '/') : null
      if (!target || target.origin !== origin || hops >= MAX_REDIRECTS)
        throw new DiscourseError({
          status: res.status,
          method: req.method,
          path: requestPath(url, baseUrl),
          message: `${req.method} ${requestPath(url, baseUrl)} redirected off the forum or too often`,
        })
      url = target.href
      res = await attempt({ ...req, params: undefined }, url)
    }
    if (!req.schema) return res.data as T
    const parsed = req.schema.safeParse(res.data)
    if (parsed.success) return parsed.data
    throw new DiscourseSchemaError(
      req.method,
      requestPath(url, baseUrl),
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    )
  }

  return { baseUrl, request, requestCount: () => sent }
}

export const createDiscourseClient = (opts: DiscourseClientOptions): DiscourseClient => {
  const http = createDiscourseHttp(opts)
  return {
    createTopic: (input) => topics.createTopic(http, input),
    getTopic: (id) => topics.getTopic(http, id),
    getTopicByExternalId: (externalId) => topics.getTopicByExternalId(http, externalId),
    getPost: (id) => getPost(http, id),
    getTopicPosts: (topicId, postIds) => getTopicPosts(http, topicId, postIds),
    listLatestPosts: (before) => listLatestPosts(http, before),
    updateFirstPost: (postId, raw, editReason) => updatePost(http, postId, raw, editReason),
    updateTopic: (id, input) => topics.updateTopic(http, id, input),
    setTopicStatus: (id, status, enabled) => topics.updateTopicStatus(http, id, status, enabled),
    deleteTopic: (id) => topics.deleteTopic(http, id),
    listCategoryTopics: (category, page) => topics.listCategoryTopics(http, category, page),
    listLatestTopics: (page) => topics.listLatestTopics(http, page),
    listCategories: () => listCategories(http),
    getSiteBasicInfo: () => getSiteBasicInfo(http),
    topicUrl: ({ id, slug }) => `${http.baseUrl}/t/${slug}/${id}`,
    requestCount: () => http.requestCount(),
  }
}
