import { parseFeedFilters } from '@/events/parseFeedFilters'

const parse = (query: string, defaultWhen: 'all' | 'upcoming' = 'upcoming') =>
  parseFeedFilters(new URLSearchParams(query), defaultWhen)

describe('parseFeedFilters', () => {
  it('reads a date-only `to` as the end of that UTC day and keeps the default `when`', () => {
    expect(parse('to=2026-03-31&country=Kenya&format=in_person,hybrid')).toEqual({
      ok: true,
      filters: {
        to: new Date('2026-03-31T23:59:59.999Z'),
        when: 'all',
        country: 'Kenya',
        format: ['in_person', 'hybrid'],
      },
    })
    expect(parse('')).toEqual({ ok: true, filters: { when: 'upcoming' } })
  })

  it('accepts a full ISO date-time with an offset', () => {
    const result = parse('from=2026-03-17T19:00:00%2B01:00&when=past')
    expect(result).toEqual({
      ok: true,
      filters: { from: new Date('2026-03-17T18:00:00Z'), when: 'past' },
    })
  })

  it.each([
    ['from=17.03.2026', 'from'],
    ['to=2026-02-30', 'to'],
    ['from=2026-04-01&to=2026-03-01', 'to'],
    ['format=in_person,zoom', 'format'],
    ['when=tomorrow', 'when'],
    ['limit=501', 'limit'],
    [`country=${'x'.repeat(121)}`, 'country'],
  ])('rejects %s naming %s', (query, parameter) => {
    const result = parse(query)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.parameter).toBe(parameter)
  })
})
