// Inputs are checked before a request leaves; a bad one never costs a rate-limit slot.
import type { z } from 'zod'
import { DiscourseValidationError } from '../errors'

export const checkInput = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  method: string,
  path: string,
): z.output<S> => {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const errors = result.error.issues.map((i) =>
    i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
  )
  // status 0: Discourse never saw it.
  throw new DiscourseValidationError({
    status: 0,
    method,
    path,
    errors,
    message: `${method} ${path} not sent: ${errors.join('; ')}`,
  })
}
