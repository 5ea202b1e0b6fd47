import { DateTime } from 'luxon'
import type { FeedFilters, When } from './FeedFilters'

export type FilterProblem = { parameter: string; message: string }
export type FeedFiltersResult =
  { ok: true; filters: FeedFilters } | { ok: false; problem: FilterProblem }

const formats = ['in_person', 'online', 'hybrid'] as const
const whens = ['upcoming', 'past', 'all'] as const

class FilterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

/** `2026-03-17` (a whole UTC day: start for `from`, end for `to`) or a full ISO 8601 date-time. */
const parseDate = (parameter: string, value: string, endOfDay: boolean): Date => {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const parsed = DateTime.fromISO(value, { zone: 'UTC', setZone: true })
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new FilterError(
      parameter,
      `"${value}" is not an ISO 8601 date (e.g. 2026-03-17 or 2026-03-17T19:00:00+01:00).`,
    )
  return (dateOnly && endOfDay ? parsed.endOf('day') : parsed).toJSDate()
}

const oneOf = <T extends string>(parameter: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new FilterError(parameter, `"${value}" is not one of ${allowed.join(', ')}.`)
}

/**
 * Reads `from`, `to`, `country`, `format` (comma-separated), `when` and `limit` from a query.
 * `when` defaults to `defaultWhen`, or to `all` when `from` or `to` is given.
 * Unknown parameters are ignored (calendar apps add their own); a bad value is a problem that
 * names its parameter, for a 400.
 */
export const parseFeedFilters = (
  params: URLSearchParams,
  defaultWhen: When = 'all',
): FeedFiltersResult => {
  try {
    const get = (name: string) => params.get(name)?.trim() || undefined
    const filters: FeedFilters = { when: defaultWhen }
    const from = get('from')
    const to = get('to')
    if (from) filters.from = parseDate('from', from, false)
    if (to) filters.to = parseDate('to', to, true)
    if (filters.from && filters.to && filters.to < filters.from)
      throw new FilterError('to', '`to` is before `from`.')
    const country = get('country')
    if (country !== undefined) {
      if (country.length > 120 || /[\u0000-\u001f]/.test(country))
        throw new FilterError('country', 'Give a country name of at most 120 characters.')
      filters.country = country
    }
    const format = get('format')
    if (format) filters.format = format.split(',').map((f) => oneOf('format', f.trim(), formats))
    const when = get('when')
    // An explicit date range says what the reader wants; the endpoint's default yields to it.
    if (when) filters.when = oneOf('when', when, whens)
    else if (filters.from || filters.to) filters.when = 'all'
    const limit = get('limit')
    if (limit !== undefined) {
      const n = Number(limit)
      if (!/^\d+$/.test(limit) || n < 1 || n > 500)
        throw new FilterError('limit', 'Must be a whole number from 1 to 500.')
      filters.limit = n
    }
    return { ok: true, filters }
  } catch (err) {
    if (err instanceof FilterError)
      return { ok: false, problem: { parameter: err.parameter, message: err.message } }
    throw err
  }
}
