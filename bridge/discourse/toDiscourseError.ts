// The one place that maps a failed axios request to a typed error (STYLE.md §9).
// discourse_api maps 403/404/422/429/5xx; we also cover 400 and 401.
import type { AxiosError } from 'axios'
import {
  DiscourseAuthError,
  DiscourseError,
  DiscourseNetworkError,
  DiscourseNotFoundError,
  DiscourseRateLimitError,
  DiscourseServerError,
  DiscourseValidationError,
} from './errors'
import { parseRetryAfter } from './parseRetryAfter'
import { requestPath } from './requestPath'

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED_TIMEOUT'])

type MaybeAxiosError = Partial<Pick<AxiosError, 'config' | 'response' | 'code' | 'message'>>

/** Discourse answers `{"errors": [...], "error_type": ..., "extras": {...}}`, or plain text from nginx. */
const errorsOf = (body: unknown): string[] => {
  if (body && typeof body === 'object') {
    const { errors, error } = body as { errors?: unknown; error?: unknown }
    if (Array.isArray(errors)) return errors.map(String)
    if (errors && typeof errors === 'object') return Object.values(errors).flat().map(String)
    if (typeof error === 'string') return [error]
  }
  if (typeof body === 'string' && body.trim() && body.length < 500) return [body.trim()]
  return []
}

const waitSecondsOf = (body: unknown): number | undefined => {
  const extras = (body as { extras?: { wait_seconds?: unknown } } | null)?.extras
  const seconds = Number(extras?.wait_seconds)
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined
}

/** A text/plain 429 (nginx or Rack) may only say "... wait 12 seconds ...". */
const waitFromText = (body: unknown): number | undefined => {
  if (typeof body !== 'string') return undefined
  const m = /(\d+)\s*seconds?/i.exec(body)
  return m ? Number(m[1]) * 1000 : undefined
}

const parseBody = (data: unknown): unknown => {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

export const toDiscourseError = (err: unknown, baseUrl?: string): DiscourseError => {
  if (err instanceof DiscourseError) return err
  const e = (err ?? {}) as MaybeAxiosError
  const method = (e.config?.method ?? 'get').toUpperCase()
  const path = requestPath(e.config?.url, baseUrl ?? e.config?.baseURL)
  const response = e.response
  if (!response) {
    const code = e.code
    const timedOut = TIMEOUT_CODES.has(code ?? '') || /timeout/i.test(e.message ?? '')
    const what = timedOut ? 'timed out' : `failed without an answer (${code ?? 'network error'})`
    // The axios error itself carries the request config (Api-Key header, host): keep only its code.
    const cause = Object.assign(new Error(code ?? 'network error'), { code })
    return new DiscourseNetworkError({
      status: 0,
      method,
      path,
      timedOut,
      code,
      cause,
      message: `${method} ${path} ${what}`,
    })
  }
  const status = response.status
  const body = parseBody(response.data)
  const headers = (response.headers ?? {}) as Record<string, unknown>
  // The server's wait wins: Retry-After first, then the JSON extras, then a number in a text body.
  const retryAfterMs =
    parseRetryAfter(headers['retry-after']) ?? waitSecondsOf(body) ?? waitFromText(body)
  const init = { status, method, path, body, retryAfterMs }
  const errors = errorsOf(body)
  if (status === 401 || status === 403) return new DiscourseAuthError(init)
  if (status === 404 || status === 410) return new DiscourseNotFoundError(init)
  if (status === 400 || status === 422) {
    const detail = errors.length ? `: ${errors.join('; ')}` : ''
    return new DiscourseValidationError({
      ...init,
      errors,
      message: `${method} ${path} failed with ${status}${detail}`,
    })
  }
  if (status === 429) {
    const code = headers['discourse-rate-limit-error-code']
    return new DiscourseRateLimitError({
      ...init,
      limiterCode: typeof code === 'string' ? code : undefined,
    })
  }
  if (status >= 500) return new DiscourseServerError(init)
  return new DiscourseError(init)
}
