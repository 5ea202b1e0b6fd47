// One base class and one subclass per decision a caller makes (see STYLE.md §9).
// Messages name the method and path only: never the API key, the host or a header.

export type DiscourseErrorInit = {
  status: number // 0 when no HTTP answer arrived (network) or the request never left (local input check)
  method: string
  path: string
  body?: unknown
  message?: string
  retryAfterMs?: number
  cause?: unknown
}

export class DiscourseError extends Error {
  readonly status: number
  readonly method: string
  readonly path: string
  readonly body: unknown
  /** Server-given wait (Retry-After or extras.wait_seconds), when the answer carried one. */
  readonly retryAfterMs?: number

  constructor(init: DiscourseErrorInit) {
    super(init.message ?? `${init.method} ${init.path} failed with ${init.status}`, {
      cause: init.cause,
    })
    this.name = 'DiscourseError'
    this.status = init.status
    this.method = init.method
    this.path = init.path
    this.body = init.body
    this.retryAfterMs = init.retryAfterMs
  }
}

/** 401, 403: fix the key or the username; retrying cannot help. */
export class DiscourseAuthError extends DiscourseError {
  override name = 'DiscourseAuthError'
}

/** 404, 410: the topic or post is gone on the forum side (or never existed). */
export class DiscourseNotFoundError extends DiscourseError {
  override name = 'DiscourseNotFoundError'
}

/** 400, 422: Discourse refused the input; `errors` are its sentences, fit to show an editor. */
export class DiscourseValidationError extends DiscourseError {
  override name = 'DiscourseValidationError'
  readonly errors: string[]
  constructor(init: DiscourseErrorInit & { errors: string[] }) {
    super(init)
    this.errors = init.errors
  }
}

/** 429: wait `retryAfterMs`; `limiterCode` names the Discourse limiter (e.g. admin_api_key_rate_limit). */
export class DiscourseRateLimitError extends DiscourseError {
  override name = 'DiscourseRateLimitError'
  readonly limiterCode?: string
  constructor(init: DiscourseErrorInit & { limiterCode?: string }) {
    super(init)
    this.limiterCode = init.limiterCode
  }
}

/** 5xx: the forum is failing; worth a retry for idempotent requests. */
export class DiscourseServerError extends DiscourseError {
  override name = 'DiscourseServerError'
}

/** No HTTP answer: timeout, reset, refused. The outcome of a write is unknown. */
export class DiscourseNetworkError extends DiscourseError {
  override name = 'DiscourseNetworkError'
  readonly timedOut: boolean
  readonly code?: string
  constructor(init: DiscourseErrorInit & { timedOut: boolean; code?: string }) {
    super(init)
    this.timedOut = init.timedOut
    this.code = init.code
  }
}

/**
 * A 2xx body that our zod schema rejected (as ky's SchemaError): Discourse changed a field we rely on.
 * Not a DiscourseError subclass on purpose: the request succeeded, so no retry logic applies.
 */
export class DiscourseSchemaError extends Error {
  override name = 'DiscourseSchemaError'
  constructor(
    readonly method: string,
    readonly path: string,
    readonly issues: string[],
  ) {
    super(`${method} ${path} answered a body we cannot read: ${issues.slice(0, 3).join('; ')}`)
  }
}

// Guards check `name` as well as the prototype, as ky does, so errors that crossed a
// realm (jest VM modules, a second copy of this module) are still recognised.
const guard =
  <T extends Error>(cls: abstract new (...args: never[]) => T, name: string) =>
  (err: unknown): err is T =>
    err instanceof cls || (err instanceof Error && err.name === name)

export const isDiscourseError = (err: unknown): err is DiscourseError =>
  err instanceof DiscourseError ||
  (err instanceof Error &&
    err.name.startsWith('Discourse') &&
    err.name !== 'DiscourseSchemaError' &&
    'status' in err)
export const isDiscourseAuthError = guard(DiscourseAuthError, 'DiscourseAuthError')
export const isDiscourseNotFoundError = guard(DiscourseNotFoundError, 'DiscourseNotFoundError')
export const isDiscourseValidationError = guard(
  DiscourseValidationError,
  'DiscourseValidationError',
)
export const isDiscourseRateLimitError = guard(DiscourseRateLimitError, 'DiscourseRateLimitError')
export const isDiscourseServerError = guard(DiscourseServerError, 'DiscourseServerError')
export const isDiscourseNetworkError = guard(DiscourseNetworkError, 'DiscourseNetworkError')
export const isDiscourseSchemaError = guard(DiscourseSchemaError, 'DiscourseSchemaError')

/** The one retry decision: 429, 5xx and network failures may succeed later; nothing else will. */
export const isRetryable = (err: unknown): boolean =>
  isDiscourseRateLimitError(err) || isDiscourseServerError(err) || isDiscourseNetworkError(err)

export { toDiscourseError } from './toDiscourseError'
