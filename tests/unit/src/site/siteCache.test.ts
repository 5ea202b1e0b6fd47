import { notifyContentChanged } from '@/shared/contentEvents'
import { announceContentChange } from '@/hooks/announceContentChange'
import { announceGlobalChange } from '@/hooks/announceGlobalChange'
import { siteCache } from '@/src/site/siteCache'

const counter = (...tags: string[]) => {
  let calls = 0
  return {
    load: async () => {
      siteCache.tag(...tags)
      return ++calls
    },
    calls: () => calls,
  }
}

beforeEach(() => {
  siteCache.clear()
  siteCache.setMaxBytes(48 * 1024 * 1024)
})

describe('siteCache', () => {
  it('loads a key once until something it is built from changes', async () => {
    const c = counter('story:1')
    expect(await siteCache.get('k', c.load)).toBe(1)
    expect(await siteCache.get('k', c.load)).toBe(1)
    expect(c.calls()).toBe(1)
  })

  it('drops only the entries tagged with what changed', async () => {
    const one = counter('story:1')
    const two = counter('story:2')
    const list = counter('stories')
    await Promise.all([
      siteCache.get('page:/stories/one', one.load),
      siteCache.get('page:/stories/two', two.load),
      siteCache.get('page:/', list.load),
    ])
    notifyContentChanged({ collection: 'stories', id: '1' })
    expect(await siteCache.get('page:/stories/one', one.load)).toBe(2)
    expect(await siteCache.get('page:/stories/two', two.load)).toBe(1)
    expect(await siteCache.get('page:/', list.load)).toBe(2)
  })

  it('gives a page the tags of every read its rendering made, hits included', async () => {
    const story = counter('story:7')
    const names = counter('user:3')
    await siteCache.get('authors:3', names.load)
    let renders = 0
    const page = () =>
      siteCache.get('page:/stories/seven', async () => {
        await siteCache.get('story:seven', story.load)
        await siteCache.get('authors:3', names.load)
        return ++renders
      })
    expect(await page()).toBe(1)
    notifyContentChanged({ collection: 'users', id: '3' })
    expect(await page()).toBe(2)
    notifyContentChanged({ collection: 'users', id: '4' })
    notifyContentChanged({ collection: 'events', id: '7' })
    expect(await page()).toBe(2)
    notifyContentChanged({ collection: 'stories', id: '7' })
    expect(await page()).toBe(3)
  })

  it('is told by the collections and globals hooks, which return the doc unchanged', async () => {
    const event = counter('event:1')
    const global = counter('global:code-of-conduct')
    await siteCache.get('e', event.load)
    await siteCache.get('g', global.load)
    const doc = { id: 1 }
    expect(announceContentChange({ doc, collection: { slug: 'events' } })).toBe(doc)
    expect(announceGlobalChange({ doc, global: { slug: 'code-of-conduct' } })).toBe(doc)
    expect(await siteCache.get('e', event.load)).toBe(2)
    expect(await siteCache.get('g', global.load)).toBe(2)
  })

  it('keeps an answer that depends on the clock until its boundary', async () => {
    let calls = 0
    const load = async () => {
      siteCache.expireAt(Date.now() + (calls === 0 ? -1 : 60_000))
      return ++calls
    }
    expect(await siteCache.get('upcoming', load)).toBe(1)
    expect(await siteCache.get('upcoming', load)).toBe(2)
    expect(await siteCache.get('upcoming', load)).toBe(2)
  })

  it('does not keep an answer that was loading when a change it turns out to show came in', async () => {
    let release!: (v: string) => void
    const slow = siteCache.get('k', async () => {
      const value = await new Promise<string>((r) => (release = r))
      // Its tag is only known once it has read: the change came before that.
      siteCache.tag('story:5')
      return value
    })
    notifyContentChanged({ collection: 'stories', id: '5' })
    release('stale')
    expect(await slow).toBe('stale')
    expect(await siteCache.get('k', async () => 'fresh')).toBe('fresh')
  })

  it('keeps an answer that was loading when an unrelated change came in', async () => {
    let release!: (v: string) => void
    const slow = siteCache.get('k', async () => {
      siteCache.tag('story:5')
      return new Promise<string>((r) => (release = r))
    })
    notifyContentChanged({ collection: 'stories', id: '6' })
    release('kept')
    await slow
    expect(await siteCache.get('k', async () => 'reloaded')).toBe('kept')
  })

  it('does not keep a failed load', async () => {
    await expect(
      siteCache.get('k', async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down')
    expect(await siteCache.get('k', async () => 'ok')).toBe('ok')
  })

  it('holds at most its byte budget, dropping the least recently used first', async () => {
    siteCache.setMaxBytes(3000)
    const size = { bytes: () => 1000 }
    await siteCache.get('page:a', async () => 'a', size)
    await siteCache.get('page:b', async () => 'b', size)
    await siteCache.get('page:c', async () => 'c', size)
    await siteCache.get('page:a', async () => 'a again', size)
    await siteCache.get('page:d', async () => 'd', size)
    expect(siteCache.stats()).toMatchObject({ entries: 3, bytes: 3000 })
    expect(await siteCache.get('page:a', async () => 'reloaded', size)).toBe('a')
    expect(await siteCache.get('page:b', async () => 'b reloaded', size)).toBe('b reloaded')
  })

  it('counts hits and misses per kind', async () => {
    const before = siteCache.stats().kinds.page ?? { hits: 0, misses: 0 }
    await siteCache.get('page:x', async () => 1)
    await siteCache.get('page:x', async () => 1)
    await siteCache.get('page:x', async () => 1)
    expect(siteCache.stats().kinds.page).toEqual({
      hits: before.hits + 2,
      misses: before.misses + 1,
    })
  })

  it('releases what a kept answer holds once its entry is gone, whatever took it', async () => {
    const released: string[] = []
    const options = (tags: string[]) => ({
      tags,
      bytes: () => 1000,
      dispose: (value: unknown) => void released.push(value as string),
    })
    const settled = () => new Promise((resolve) => setImmediate(resolve))
    await siteCache.get('page:invalidated', async () => 'invalidated', options(['story:1']))
    await siteCache.get('page:dropped', async () => 'dropped', options(['story:2']))
    await siteCache.get('page:evicted', async () => 'evicted', options(['story:3']))
    await siteCache.get('page:cleared', async () => 'cleared', options(['story:4']))
    notifyContentChanged({ collection: 'stories', id: '1' })
    siteCache.drop('page:dropped')
    siteCache.setMaxBytes(1000)
    // A load overtaken by a change it shows is never kept: released as soon as it settles.
    let release!: (v: string) => void
    const slow = siteCache.get(
      'page:overtaken',
      () => new Promise<string>((r) => (release = r)),
      options(['story:5']),
    )
    notifyContentChanged({ collection: 'stories', id: '5' })
    release('overtaken')
    await slow
    siteCache.clear()
    await settled()
    expect(released.sort()).toEqual(['cleared', 'dropped', 'evicted', 'invalidated', 'overtaken'])
  })
})
