import { monthGrid } from '@/src/site/monthGrid'
import { parseMonth, shiftMonth } from '@/src/site/parseMonth'

describe('monthGrid', () => {
  it('lays a month out in Monday-first weeks with blanks around it', () => {
    const weeks = monthGrid('2026-03') // 1 March 2026 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01'])
    expect(weeks.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null])
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
  })

  it('knows leap years', () => {
    expect(monthGrid('2028-02').flat().filter(Boolean).at(-1)).toBe('2028-02-29')
  })
})

describe('parseMonth and shiftMonth', () => {
  it('accepts YYYY-MM and falls back to the current UTC month on anything else', () => {
    const now = new Date('2026-07-15T12:00:00Z')
    expect(parseMonth('2026-12', now)).toBe('2026-12')
    expect(parseMonth('2026-13', now)).toBe('2026-07')
    expect(parseMonth(undefined, now)).toBe('2026-07')
  })

  it('steps across year boundaries', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })
})
