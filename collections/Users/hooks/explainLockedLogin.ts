import type { CollectionAfterErrorHook } from 'payload'

/** "10 minutes", "1 hour": how long Payload keeps an account locked (auth.lockTime). */
export const lockDuration = (ms: number): string => {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

export const lockedLoginMessage = (lockTimeMs: number) =>
  `Too many failed sign-in attempts: this account is locked for ${lockDuration(lockTimeMs)}. ` +
  'Try again after that, reset your password with "Forgot password?", or ask an admin to unlock the account.'

/**
 * Payload's answer to a login on a locked account ("This user is locked due to having too many
 * failed login attempts.") says neither for how long nor what to do: this one says both.
 */
export const explainLockedLogin =
  (lockTimeMs: number): CollectionAfterErrorHook =>
  ({ error, result }) => {
    if (error.name !== 'LockedAuth' || !result) return
    return {
      response: {
        ...result,
        errors: [{ name: 'LockedAuth', message: lockedLoginMessage(lockTimeMs) }],
      },
    }
  }
