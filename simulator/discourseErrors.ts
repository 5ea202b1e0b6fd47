// Discourse's error bodies: render_json_error gives { errors, error_type, extras? }.
export const notFoundBody = () => ({
  errors: ['The requested URL or resource could not be found.'],
  error_type: 'not_found',
})

export const invalidAccessBody = () => ({
  errors: [
    'You are not permitted to view the requested resource. The API username or key is invalid.',
  ],
  error_type: 'invalid_access',
})

export const notLoggedInBody = () => ({
  errors: ['You need to be logged in to do that.'],
  error_type: 'not_logged_in',
})

export const invalidParametersBody = (message: string) => ({
  errors: [`You supplied invalid parameters to the request: ${message}`],
  error_type: 'invalid_parameters',
})

/** PostsController#create on failure: NewPostResultSerializer, status 422, no error_type. */
export const createPostFailedBody = (errors: string[]) => ({ action: 'create_post', errors })

/** render_json_error(record): status 422. */
export const recordInvalidBody = (errors: string[]) => ({ errors })

/** RateLimiter.time_left */
export const timeLeft = (seconds: number): string => {
  if (seconds <= 3) return 'a few seconds'
  if (seconds < 60) return `${seconds} seconds`
  const minutes = Math.floor(seconds / 60)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/** ApplicationController's rescue_from RateLimiter::LimitExceeded. */
export const rateLimitedBody = (waitSeconds: number) => ({
  errors: [
    `You’ve performed this action too many times. Please wait ${timeLeft(waitSeconds)} before trying again.`,
  ],
  error_type: 'rate_limit',
  extras: { wait_seconds: waitSeconds, time_left: timeLeft(waitSeconds) },
})
