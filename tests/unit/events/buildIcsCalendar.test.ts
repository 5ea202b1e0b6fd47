import { buildIcsCalendar } from '@/events/buildIcsCalendar'
import { feedEventFixture } from './feedEventFixture'
import { findAll, instantOf, parseIcs, prop } from './icsLines'

const options = { publicUrl: 'https://space.example.org', name: 'Space events' }
const vevents = (text: string) => findAll(parseIcs(text), 'VEVENT')

describe('buildIcsCalendar', () => {
  it('writes a weekly Berlin event with TZID, the RRULE and the zone rules so it stays 19:00 local after DST', () => {
    const text = buildIcsCalendar(
      [feedEventFixture({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' })],
      options,
    )
    const [vevent] = vevents(text)
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260317T190000\r\n')
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20260317T210000\r\n')
    expect(prop(vevent, 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=4')
    expect(instantOf(prop(vevent, 'DTSTART')!)).toBe('2026-03-17T18:00:00.000Z')
    const [zone] = findAll(parseIcs(text), 'VTIMEZONE')
    expect(prop(zone, 'TZID')?.value).toBe('Europe/Berlin')
    const daylight = findAll(zone, 'DAYLIGHT').map((c) => [
      prop(c, 'DTSTART')?.value,
      prop(c, 'TZOFFSETFROM')?.value,
      prop(c, 'TZOFFSETTO')?.value,
    ])
    expect(daylight).toContainEqual(['20260329T020000', '+0100', '+0200'])
  })

  it('puts a timed event spanning the DST night at the right instants', () => {
    // Saturday 10:00 CET (09:00Z) to Sunday 18:00 CEST (16:00Z): the night loses an hour.
    const event = feedEventFixture({
      start: '2026-03-28T09:00:00.000Z',
      end: '2026-03-29T16:00:00.000Z',
    })
    const [vevent] = vevents(buildIcsCalendar([event], options))
    expect(prop(vevent, 'DTSTART')).toMatchObject({
      params: { TZID: 'Europe/Berlin' },
      value: '20260328T100000',
    })
    expect(prop(vevent, 'DTEND')).toMatchObject({
      params: { TZID: 'Europe/Berlin' },
      value: '20260329T180000',
    })
    expect(instantOf(prop(vevent, 'DTEND')!)).toBe('2026-03-29T16:00:00.000Z')
  })

  it('writes an all-day event as DATE values with an exclusive end', () => {
    const event = feedEventFixture({
      allDay: true,
      start: '2026-03-27T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    })
    const [vevent] = vevents(buildIcsCalendar([event], options))
    expect(prop(vevent, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20260328' })
    expect(prop(vevent, 'DTEND')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20260330' })
  })

  it('marks a cancelled event CANCELLED instead of dropping it, and a postponed one TENTATIVE', () => {
    const text = buildIcsCalendar(
      [
        feedEventFixture({ id: 7, status: 'cancelled' }),
        feedEventFixture({ id: 8, slug: 'later', status: 'postponed' }),
      ],
      options,
    )
    const [cancelled, postponed] = vevents(text)
    expect(prop(cancelled, 'STATUS')?.value).toBe('CANCELLED')
    expect(prop(cancelled, 'SUMMARY')?.value).toBe('Cancelled: Weekly organisers call')
    expect(prop(postponed, 'STATUS')?.value).toBe('TENTATIVE')
  })

  it('gives each event a stable UID, its page URL, LOCATION and GEO', () => {
    const once = buildIcsCalendar([feedEventFixture({ id: 42 })], options)
    expect(buildIcsCalendar([feedEventFixture({ id: 42 })], options)).toBe(once)
    const [vevent] = vevents(once)
    expect(prop(vevent, 'UID')?.value).toBe('event-42@space.example.org')
    expect(prop(vevent, 'URL')?.value).toBe(
      'https://space.example.org/events/weekly-organisers-call',
    )
    expect(prop(vevent, 'LOCATION')?.value).toBe('Kiezladen\\, Berlin\\, Germany')
    expect(prop(vevent, 'GEO')?.value).toBe('52.52;13.405')
  })

  it('writes a UTC event in UTC and an UNTIL in UTC beside a TZID', () => {
    const text = buildIcsCalendar(
      [
        feedEventFixture({ id: 1, timezone: 'UTC' }),
        feedEventFixture({ id: 2, slug: 'two', recurrence: 'FREQ=WEEKLY;UNTIL=20260331T190000' }),
      ],
      options,
    )
    const [utc, until] = vevents(text)
    expect(prop(utc, 'DTSTART')?.value).toBe('20260317T180000Z')
    expect(prop(until, 'RRULE')?.value).toBe('FREQ=WEEKLY;UNTIL=20260331T170000Z')
  })
})
