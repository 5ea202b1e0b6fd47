import { dayKeysInZone } from '@/src/site/dayKeysInZone'

describe('dayKeysInZone', () => {
  it('puts 01:30 Tokyo on the previous day for a reader in New York', () => {
    expect(
      dayKeysInZone('2026-03-17T16:30:00Z', '2026-03-17T18:30:00Z', 'America/New_York'),
    ).toEqual(['2026-03-17'])
    expect(dayKeysInZone('2026-03-17T16:30:00Z', '2026-03-17T18:30:00Z', 'Asia/Tokyo')).toEqual([
      '2026-03-18',
    ])
  })

  it('lists every day of a multi-day sitting, also across a daylight-saving change', () => {
    expect(dayKeysInZone('2026-03-27T22:30:00Z', '2026-03-30T10:00:00Z', 'Europe/Berlin')).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ])
  })

  it('does not spill into the next day when a sitting ends at midnight', () => {
    expect(dayKeysInZone('2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', 'UTC')).toEqual([
      '2026-05-01',
    ])
  })
})
