import { RRule } from '@/shared/rrule'

export const supportedFrequencies = ['WEEKLY', 'MONTHLY'] as const

/**
 * Parses an RRULE body such as `FREQ=WEEKLY;BYDAY=TU;COUNT=10` (the `RRULE:` prefix is optional).
 * Returns an error message for a malformed or unsupported rule, else null.
 */
export const recurrenceProblem = (rule: string): string | null => {
  const body = rule.replace(/^RRULE:/i, '').trim()
  let options
  try {
    options = RRule.parseString(body)
  } catch (err) {
    return `Not a valid RRULE: ${(err as Error).message}`
  }
  if (options.freq === undefined) return 'The RRULE needs a FREQ (WEEKLY or MONTHLY).'
  if (options.freq !== RRule.WEEKLY && options.freq !== RRule.MONTHLY)
    return 'Only WEEKLY and MONTHLY recurrences are supported.'
  if (!options.count && !options.until) return 'A recurrence needs COUNT or UNTIL so it ends.'
  if (options.count && options.count > 520) return 'COUNT may be at most 520.'
  return null
}
