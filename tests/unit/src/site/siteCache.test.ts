import { notifyContentChanged } from '@/shared/contentEvents'
import { announceContentChange } from '@/hooks/announceContentChange'
import { siteCache } from '@/src/site/siteCache'

const counter = () => {
  let calls = 0
  return { load: async () => ++calls, calls: () => calls }
}

beforeEach(() => siteCache.clear())

describe('siteCache', () => {
  it('loads a key once within its TTL', async () => {
    const c = counter()
    expect(await siteCache.get('k', c.load)).toBe(1)
    expect(await siteCache.get('k', c.load)).toBe(1)
    expect(c.calls()).toBe(1)
  })

  it('loads again after the TTL', async () => {
    const c = counter()
    await siteCache.get('k', c.load, -1)
    expect(await siteCache.get('k', c.load)).toBe(2)
  })

  it('is cleared by the Stories/Events hook, which returns the doc unchanged', async () => {
    const c = counter()
    await siteCache.get('k', c.load)
    const doc = { id: 1 }
    expect(announceContentChange({ doc, collection: { slug: 'events' } })).toBe(doc)
    expect(await siteCache.get('k', c.load)).toBe(2)
  })

  it("is cleared when the bridge announces a story's new counts", async () => {
    const c = counter()
    await siteCache.get('k', c.load)
    notifyContentChanged({ collection: 'stories', id: '7' })
    expect(await siteCache.get('k', c.load)).toBe(2)
  })

  it('does not keep an answer that was loading when a change came in', async () => {
    let release!: (v: string) => void
    const slow = siteCache.get('k', () => new Promise<string>((r) => (release = r)))
    siteCache.clear()
    release('stale')
    await slow
    await Promise.resolve()
    expect(await siteCache.get('k', async () => 'fresh')).toBe('fresh')
  })

  it('does not keep a failed load', async () => {
    await expect(
      siteCache.get('k', async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down')
    await Promise.resolve()
    expect(await siteCache.get('k', async () => 'ok')).toBe('ok')
  })
})
