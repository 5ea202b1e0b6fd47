// Users per role and REST helpers for integration tests: create through the Local API
// (no access checks, so any role can be made), then log in over HTTP like a real client.
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '@/access/checkRole'

export type TestUser = { id: number; email: string; password: string; roles: Role[]; token: string }
/** A role or `anonymous`: the four kinds of caller the access rules know. */
export type Caller = Role | 'anonymous'
export type Callers = Record<Role, TestUser>

/** Creates a user with the given roles (Local API, overrideAccess) and logs them in over REST. */
export const createUser = async (
  payload: Payload,
  url: string,
  roles: Role[],
  name?: string,
): Promise<TestUser> => {
  const email = `${roles.join('-') || 'nobody'}-${randomUUID().slice(0, 8)}@example.test`
  const password = `pw-${randomUUID()}`
  const doc = await payload.create({
    collection: 'users',
    data: { email, password, name: name ?? `Test ${roles.join(' ')}`, roles },
    overrideAccess: true,
  })
  const token = await login(url, email, password)
  return { id: doc.id as number, email, password, roles, token }
}

/** One user per role. The first user created in an empty database becomes admin, so admin goes first. */
export const createUsersPerRole = async (payload: Payload, url: string): Promise<Callers> => {
  const admin = await createUser(payload, url, ['admin'], 'Ada Admin')
  const editor = await createUser(payload, url, ['editor'], 'Eddie Editor')
  const contributor = await createUser(payload, url, ['contributor'], 'Cora Contributor')
  return { admin, editor, contributor }
}

/** POST /api/users/login; throws with the server's answer when it fails. */
export const login = async (url: string, email: string, password: string): Promise<string> => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!res.ok || !body.token)
    throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(body)}`)
  return body.token
}

/** The Authorization header for a caller; anonymous sends none. */
export const authHeaders = (user: TestUser | null | undefined): Record<string, string> =>
  user ? { authorization: `JWT ${user.token}` } : {}

export type ApiResult<T = any> = { status: number; body: T }

/** A JSON request to the API as `user` (or anonymous); answers status and parsed body. */
export const api = async <T = any>(
  url: string,
  user: TestUser | null | undefined,
  method: string,
  path: string,
  data?: unknown,
): Promise<ApiResult<T>> => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...authHeaders(user),
      ...(data === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Not JSON: keep the text so a failing assertion shows what came back.
  }
  return { status: res.status, body }
}

/** Binds `api` to one server and a set of callers: `as('editor').patch(...)`. */
export const client = (url: string, callers: Callers) => {
  const as = (caller: Caller) => {
    const user = caller === 'anonymous' ? null : callers[caller]
    return {
      get: <T = any>(path: string) => api<T>(url, user, 'GET', path),
      post: <T = any>(path: string, data?: unknown) => api<T>(url, user, 'POST', path, data ?? {}),
      patch: <T = any>(path: string, data: unknown) => api<T>(url, user, 'PATCH', path, data),
      delete: <T = any>(path: string) => api<T>(url, user, 'DELETE', path),
    }
  }
  return { as }
}

/** The `{path, message}` pairs of a Payload validation error answer (empty when none). */
export const fieldErrors = (body: any): Array<{ path: string; message: string }> =>
  (body?.errors ?? []).flatMap((e: any) => e?.data?.errors ?? [])
