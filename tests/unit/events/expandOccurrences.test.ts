import { expandOccurrences } from '@/events/expandOccurrences'
import { feedEventFixture } from './feedEventFixture'

const iso = (dates: Date[]) => dates.map((d) => d.toISOString())

describe('expandOccurrences', () => {
  it('keeps a weekly 19:00 Berlin event at 19:00 local across the March DST change', () => {
    const event = feedEventFixture({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' })
    const occurrences = expandOccurrences(event)
    expect(iso(occurrences.map((o) => o.start))).toEqual([
      '2026-03-17T18:00:00.000Z',
      '2026-03-24T18:00:00.000Z',
      '2026-03-31T17:00:00.000Z',
      '2026-04-07T17:00:00.000Z',
    ])
    expect(iso(occurrences.map((o) => o.end))).toEqual([
      '2026-03-17T20:00:00.000Z',
      '2026-03-24T20:00:00.000Z',
      '2026-03-31T19:00:00.000Z',
      '2026-04-07T19:00:00.000Z',
    ])
  })

  it('expands a monthly rule on the first Thursday, in New York time across its DST change', () => {
    // 2026-02-05 18:30 EST = 23:30Z; from 2026-03-08 New York is on EDT (UTC-4).
    const event = feedEventFixture({
      start: '2026-02-05T23:30:00.000Z',
      end: '2026-02-06T01:00:00.000Z',
      timezone: 'America/New_York',
      recurrence: 'RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=3',
    })
    expect(iso(expandOccurrences(event).map((o) => o.start))).toEqual([
      '2026-02-05T23:30:00.000Z',
      '2026-03-05T23:30:00.000Z',
      '2026-04-02T22:30:00.000Z',
    ])
  })

  it('treats a local UNTIL date as inclusive of that day', () => {
    const event = feedEventFixture({ recurrence: 'FREQ=WEEKLY;UNTIL=20260331' })
    expect(expandOccurrences(event)).toHaveLength(3)
  })

  it('keeps only the occurrences that overlap the requested range', () => {
    const event = feedEventFixture({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' })
    const within = expandOccurrences(event, {
      from: new Date('2026-03-25T00:00:00Z'),
      to: new Date('2026-04-08T00:00:00Z'),
    })
    expect(iso(within.map((o) => o.start))).toEqual([
      '2026-03-31T17:00:00.000Z',
      '2026-04-07T17:00:00.000Z',
    ])
    expect(within.every((o) => o.recurring)).toBe(true)
  })

  it('returns a one-off event once, or not at all outside the range', () => {
    const event = feedEventFixture()
    expect(expandOccurrences(event)).toHaveLength(1)
    expect(expandOccurrences(event, { from: new Date('2026-04-01T00:00:00Z') })).toHaveLength(0)
  })
})
