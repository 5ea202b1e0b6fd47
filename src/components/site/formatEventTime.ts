/** An event's time range in one zone, e.g. "Tue, 17 Mar 2026, 19:00–21:00". All-day events show dates only. */
export const formatEventTime = (
  start: string,
  end: string,
  timeZone: string,
  allDay: boolean,
): string => {
  const s = new Date(start)
  const e = new Date(end)
  if (allDay) {
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone })
    // The stored end may be the midnight after the last day: step back a moment to name the last day.
    const last = new Date(e.getTime() - 1)
    const first = date.format(s)
    const lastText = date.format(last)
    return first === lastText ? first : `${first} – ${lastText}`
  }
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  })
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone })
  const sameDay = day.format(s) === day.format(e)
  return sameDay
    ? `${day.format(s)}, ${time.format(s)}–${time.format(e)}`
    : `${day.format(s)}, ${time.format(s)} – ${day.format(e)}, ${time.format(e)}`
}
