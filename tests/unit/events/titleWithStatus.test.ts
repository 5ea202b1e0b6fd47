import { titleWithStatus } from '@/events/titleWithStatus'

describe('titleWithStatus', () => {
  it('puts the status before the title of a cancelled or postponed event', () => {
    expect(titleWithStatus('Picnic', 'cancelled')).toBe('Cancelled: Picnic')
    expect(titleWithStatus('Picnic', 'postponed')).toBe('Postponed: Picnic')
  })

  it('leaves the title of a scheduled event (or an unknown status) alone', () => {
    expect(titleWithStatus('Picnic', 'scheduled')).toBe('Picnic')
    expect(titleWithStatus('Picnic', 'something-else')).toBe('Picnic')
  })
})
