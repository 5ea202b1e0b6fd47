import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { Event } from '@/types/payload-types'
import { isValidTimeZone } from '../validation/isValidTimeZone'
import { recurrenceProblem } from '../validation/parseRecurrence'

type Problem = { path: string; message: string }

// Cross-field rules (end after start, coordinates required for in-person events) need the
// whole event, merged from the stored document and the incoming change.
export const validateEvent: CollectionBeforeValidateHook<Event> = ({ data, originalDoc, req }) => {
  const e = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const problems: Problem[] = []
  const start = e.start ? new Date(e.start) : null
  const end = e.end ? new Date(e.end) : null
  if (e.start && Number.isNaN(start!.getTime()))
    problems.push({ path: 'start', message: 'Not a valid date.' })
  if (e.end && Number.isNaN(end!.getTime()))
    problems.push({ path: 'end', message: 'Not a valid date.' })
  if (start && end && !problems.length && end.getTime() <= start.getTime())
    problems.push({ path: 'end', message: 'The end must be after the start.' })
  if (e.timezone && !isValidTimeZone(String(e.timezone)))
    problems.push({
      path: 'timezone',
      message: `"${e.timezone}" is not an IANA time zone (e.g. Europe/Berlin).`,
    })
  const physical = e.format === 'in_person' || e.format === 'hybrid' ? e.format : null
  for (const [path, min, max] of [
    ['latitude', -90, 90],
    ['longitude', -180, 180],
  ] as const) {
    // What a caller sent, not yet coerced: an empty form field arrives as ''.
    const v: unknown = e[path]
    if (v === null || v === undefined || v === '') {
      if (physical)
        problems.push({ path, message: `Required for ${physical.replace('_', '-')} events.` })
    } else if (typeof v !== 'number' || Number.isNaN(v) || v < min || v > max) {
      problems.push({ path, message: `Must be a number from ${min} to ${max}.` })
    }
  }
  if ((e.format === 'online' || e.format === 'hybrid') && !e.onlineUrl)
    problems.push({ path: 'onlineUrl', message: `Required for ${e.format} events.` })
  if (e.recurrence) {
    const problem = recurrenceProblem(String(e.recurrence))
    if (problem) problems.push({ path: 'recurrence', message: problem })
  }
  if (problems.length) throw new ValidationError({ collection: 'events', errors: problems, req })
  return data
}
