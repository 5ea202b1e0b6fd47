// The shape of the shared transport that every resource function takes first (STYLE.md §7–8).
// Its one implementation lives in client.ts; resources never see headers or status codes.
import type { z } from 'zod'

export type DiscourseRequest<T> = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  params?: Record<string, string | number | boolean | undefined>
  data?: unknown
  /** Parses a 2xx body; a mismatch becomes DiscourseSchemaError. Omit when nothing is read. */
  schema?: z.ZodType<T>
  /** Follow a redirect on the forum's own origin (GET /t/external_id/{id}.json answers 301). */
  followRedirect?: boolean
}

export type DiscourseHttp = {
  readonly baseUrl: string
  request<T = unknown>(req: DiscourseRequest<T>): Promise<T>
}
