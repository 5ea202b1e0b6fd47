import { renderSlots } from '@/src/server/renderSlots'

describe('renderSlots', () => {
  it('runs at most its size at once, the others in the order they came', async () => {
    const inTurn = renderSlots(2)
    let running = 0
    let most = 0
    const order: number[] = []
    const releases: Array<() => void> = []
    const jobs = [1, 2, 3, 4, 5].map((n) =>
      inTurn(async () => {
        running += 1
        most = Math.max(most, running)
        order.push(n)
        await new Promise<void>((resolve) => releases.push(resolve))
        running -= 1
        return n
      }),
    )
    while (order.length < 5) {
      await new Promise((r) => setImmediate(r))
      releases.shift()?.()
    }
    releases.forEach((release) => release())
    expect(await Promise.all(jobs)).toEqual([1, 2, 3, 4, 5])
    expect(order).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })

  it('frees a slot when the work fails', async () => {
    const inTurn = renderSlots(1)
    await expect(inTurn(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await inTurn(async () => 'next')).toBe('next')
  })
})
