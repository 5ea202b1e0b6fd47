// The path an error or log line may show: no scheme, no host, no credentials in the query.
const SECRET_PARAMS = /^(api_key|api_username|api-key|api-username)$/i

export const requestPath = (url: string | undefined, baseUrl?: string): string => {
  if (!url) return '/'
  let parsed: URL
  try {
    parsed = new URL(url, baseUrl ?? 'http://discourse.invalid')
  } catch {
    return '/'
  }
  const base = baseUrl ? new URL(baseUrl).pathname.replace(/\/$/, '') : ''
  let path = parsed.pathname
  if (base && path.startsWith(base + '/')) path = path.slice(base.length)
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) parsed.searchParams.set(key, '[REDACTED]')
  }
  const query = parsed.searchParams.toString()
  return query ? `${path}?${query}` : path
}
