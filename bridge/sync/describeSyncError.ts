import { DiscourseAuthError, DiscourseError, DiscourseValidationError } from '../discourse'

/** A sentence for the editor's sidebar and the CLI: what went wrong, never a key or a header. */
export const describeSyncError = (err: unknown): string => {
  if (err instanceof DiscourseValidationError)
    return `Discourse refused it: ${err.errors.join('; ') || err.message}`
  if (err instanceof DiscourseAuthError)
    return 'Discourse rejected the API key or username (check DISCOURSE_API_KEY and DISCOURSE_API_USERNAME).'
  if (err instanceof DiscourseError) return err.message
  return err instanceof Error ? err.message : String(err)
}
