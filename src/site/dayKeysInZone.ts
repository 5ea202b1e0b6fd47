const DAY_MS = 86_400_000
const MAX_DAYS = 62

const keyFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a zone. */
export const dayKeyInZone = (instant: Date, timeZone: string): string =>
  keyFormat(timeZone).format(instant)

/**
 * Every calendar day (`YYYY-MM-DD`) a sitting touches in a zone, first to last. The end is
 * exclusive, so an event ending at midnight does not spill into the next day. The days
 * between are counted on the calendar (not in 24-hour steps, which DST would skew).
 */
export const dayKeysInZone = (start: string, end: string, timeZone: string): string[] => {
  const from = new Date(start)
  const to = new Date(Math.max(from.getTime(), new Date(end).getTime() - 1))
  const first = dayKeyInZone(from, timeZone)
  const last = dayKeyInZone(to, timeZone)
  const keys: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); keys.length < MAX_DAYS; t += DAY_MS) {
    const key = new Date(t).toISOString().slice(0, 10)
    keys.push(key)
    if (key >= last) break
  }
  return keys
}
