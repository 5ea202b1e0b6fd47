import { processWide } from '@/shared/processWide'

describe('processWide', () => {
  it('gives every caller of one name the value the first caller created', () => {
    let created = 0
    const create = () => ({ serial: ++created })
    const first = processWide('test.processWide.shared', create)
    const second = processWide('test.processWide.shared', create)
    expect(second).toBe(first)
    expect(created).toBe(1)
  })

  it('keeps values of different names apart', () => {
    expect(processWide('test.processWide.a', () => ({}))).not.toBe(
      processWide('test.processWide.b', () => ({})),
    )
  })
})
