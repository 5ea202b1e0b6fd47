// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
export const parseRetryAfter = (value: unknown, now: number = Date.now()): number | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value).trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}
