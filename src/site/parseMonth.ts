/** The `?month=YYYY-MM` of the calendar, or the current month (UTC) when absent or malformed. */
export const parseMonth = (value: string | undefined, now = new Date()): string => {
  if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value
  return now.toISOString().slice(0, 7)
}

/** The month before or after `month`, as `YYYY-MM`. */
export const shiftMonth = (month: string, delta: number): string => {
  const [year, m] = month.split('-').map(Number)
  return new Date(Date.UTC(year, m - 1 + delta, 1)).toISOString().slice(0, 7)
}
