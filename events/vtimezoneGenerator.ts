import { DateTime } from 'luxon'

const DAY_MS = 86_400_000

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset

/** The first minute at which the offset differs from the one at `lo` (binary search). */
const transitionBetween = (lo: number, hi: number, zone: string): number => {
  const before = offsetAt(lo, zone)
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000
    if (offsetAt(mid, zone) === before) lo = mid
    else hi = mid
  }
  return hi
}

const observance = (at: number, zone: string, from: number) => {
  const after = DateTime.fromMillis(at, { zone })
  const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD'
  // DTSTART of an observance is written in the local time that was in force before it.
  const localStart = DateTime.fromMillis(at, { zone: 'UTC' })
    .plus({ minutes: from })
    .toFormat("yyyyLLdd'T'HHmmss")
  const name = after.toFormat('ZZZZ')
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(after.offset)}`,
    ...(/^[A-Z]{2,6}$/.test(name) ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ]
}

/**
 * Builds VTIMEZONE components for ical-generator from the runtime's own zone data (via luxon):
 * the offset in force at the start of `fromYear`, then every transition through `toYear`.
 * Clients that know the zone use its TZID; the others read these rules.
 */
export const vtimezoneGenerator =
  (fromYear: number, toYear: number) =>
  (zone: string): string | null => {
    if (!DateTime.local().setZone(zone).isValid) return null
    const startMs = DateTime.fromObject({ year: fromYear }, { zone }).toMillis()
    const endMs = DateTime.fromObject({ year: toYear + 1 }, { zone }).toMillis()
    const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
    const first = offsetAt(startMs, zone)
    lines.push(...observance(startMs, zone, first))
    for (let day = startMs; day < endMs; day += DAY_MS) {
      const next = Math.min(day + DAY_MS, endMs)
      const from = offsetAt(day, zone)
      if (offsetAt(next, zone) !== from)
        lines.push(...observance(transitionBetween(day, next, zone), zone, from))
    }
    lines.push('END:VTIMEZONE')
    return lines.join('\r\n') + '\r\n'
  }
