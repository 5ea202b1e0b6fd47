import {
  DiscourseAuthError,
  DiscourseError,
  DiscourseValidationError,
  isRetryable,
} from '../discourse'

/** A failure no later try can mend: the forum's validation (422), a rejected key, or a bug. */
export const isPermanentFailure = (err: unknown) =>
  err instanceof DiscourseValidationError || err instanceof DiscourseAuthError || !isRetryable(err)

/** A sentence for the editor's sidebar and the CLI: what went wrong, never a key or a header. */
export const describeSyncError = (err: unknown): string => {
  if (err instanceof DiscourseValidationError)
    return `Discourse refused it: ${err.errors.join('; ') || err.message}`
  if (err instanceof DiscourseAuthError)
    return 'Discourse rejected the API key or username (check DISCOURSE_API_KEY and DISCOURSE_API_USERNAME).'
  if (err instanceof DiscourseError) return err.message
  return err instanceof Error ? err.message : String(err)
}
