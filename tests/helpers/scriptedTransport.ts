// A scripted axios adapter (octokit's test/octokit.ts pattern): queue answers, then assert the
// exact request log ("START GET /t/1.json"). Nothing reaches the network.
import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'

export type ScriptedAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { network: 'ECONNRESET' | 'ECONNREFUSED' | 'ETIMEDOUT' | 'ECONNABORTED' }

export type RecordedRequest = {
  method: string
  path: string
  headers: Record<string, string>
  body: unknown
  timeout: number | undefined
}

const pathOf = (config: InternalAxiosRequestConfig): string => {
  const url = new URL(config.url ?? '/', (config.baseURL ?? 'http://forum.test') + '/')
  const base = new URL((config.baseURL ?? 'http://forum.test') + '/').pathname.replace(/\/$/, '')
  for (const [k, v] of Object.entries(config.params ?? {}))
    if (v !== undefined) url.searchParams.set(k, String(v))
  const path = url.pathname.startsWith(base + '/') ? url.pathname.slice(base.length) : url.pathname
  return url.search ? `${path}${url.search}` : path
}

export const createScriptedTransport = () => {
  const queue: ScriptedAnswer[] = []
  const log: string[] = []
  const requests: RecordedRequest[] = []

  const adapter: AxiosAdapter = async (config) => {
    const method = (config.method ?? 'get').toUpperCase()
    const path = pathOf(config)
    log.push(`START ${method} ${path}`)
    requests.push({
      method,
      path,
      headers: Object.fromEntries(
        Object.entries(AxiosHeaders.from(config.headers).toJSON()).map(([k, v]) => [k, String(v)]),
      ),
      body: typeof config.data === 'string' ? JSON.parse(config.data) : config.data,
      timeout: config.timeout,
    })
    const answer = queue.shift()
    if (!answer) throw new Error(`scripted transport: no answer queued for ${method} ${path}`)
    if ('network' in answer) {
      const message =
        answer.network === 'ECONNABORTED'
          ? `timeout of ${config.timeout}ms exceeded`
          : `socket ${answer.network}`
      throw new AxiosError(message, answer.network, config, {})
    }
    const text =
      answer.body === undefined
        ? ''
        : typeof answer.body === 'string'
          ? answer.body
          : JSON.stringify(answer.body)
    const response: AxiosResponse = {
      data: text,
      status: answer.status,
      statusText: String(answer.status),
      // Node's http module hands axios lower-case header names; so does this transport.
      headers: AxiosHeaders.from(
        Object.fromEntries(
          Object.entries({ 'content-type': 'application/json', ...answer.headers }).map(
            ([k, v]) => [k.toLowerCase(), v],
          ),
        ),
      ),
      config,
      request: {},
    }
    const ok = config.validateStatus ? config.validateStatus(answer.status) : answer.status < 300
    if (ok) return response
    const code = answer.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
    throw new AxiosError(
      `Request failed with status code ${answer.status}`,
      code,
      config,
      {},
      response,
    )
  }

  return {
    adapter,
    log,
    requests,
    /** Queue answers, used in order, one per request. */
    answer: (...answers: ScriptedAnswer[]) => void queue.push(...answers),
    pending: () => queue.length,
  }
}
export type ScriptedTransport = ReturnType<typeof createScriptedTransport>
