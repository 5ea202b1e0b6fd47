// The per-process caches in front of the public REST lists and the story pages: anonymous
// callers share one answer until a story changes; credentials, previews and Next's client
// navigations always reach the real handler.
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { bootSpace } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { createUser } from '@/tests/helpers/users'
import { eventually } from '@/tests/helpers/eventually'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { notifyContentChanged } from '@/shared/contentEvents'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cachedPageForAnonymous } from '@/src/server/cachedPageForAnonymous'
import { openPageFiles, type PageFiles } from '@/src/server/pageFiles'
import { siteCache } from '@/src/site/siteCache'
import { cacheTags } from '@/src/site/cacheTags'

/** A GET with no Accept-Encoding at all (fetch always sends one). */
const rawGet = (url: string) =>
  new Promise<{ encoding: string | undefined; body: string }>((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      })
      .on('error', reject)
  })

describe('the anonymous REST list cache', () => {
  const space = bootForSuite(() => bootSpace())

  const list = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${space.url}/api/stories?limit=10&depth=0`, { headers })
    const body = (await res.json()) as {
      docs: Array<{ title: string; status: string }>
      totalDocs: number
    }
    return {
      status: res.status,
      cache: res.headers.get('x-space-cache'),
      type: res.headers.get('content-type'),
      body,
    }
  }

  it('answers anonymous callers from the cache until a story changes', async () => {
    const story = await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: 'Cached once',
        body: lexicalDocument([paragraphNode('Text.')]),
        status: 'published',
      } as never,
    })
    const first = await list()
    expect(first).toMatchObject({ status: 200, cache: 'miss' })
    expect(first.type).toMatch(/application\/json/)
    expect(first.body.docs.map((d) => d.title)).toEqual(['Cached once'])
    expect(await list()).toMatchObject({ status: 200, cache: 'hit', body: first.body })

    await space.payload.update({
      collection: 'stories',
      id: story.id,
      overrideAccess: true,
      data: { title: 'Retitled' },
    })
    const afterEdit = await list()
    expect(afterEdit.cache).toBe('miss')
    expect(afterEdit.body.docs.map((d) => d.title)).toEqual(['Retitled'])

    // The bridge's writes bypass hooks and announce themselves instead.
    notifyContentChanged({ collection: 'stories', id: String(story.id) })
    expect((await list()).cache).toBe('miss')
  })

  it('answers only the fields a front end selects, cached apart from the full list', async () => {
    await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: 'Lean lists',
        summary: 'Only what the card shows.',
        body: lexicalDocument([paragraphNode('A body no list card shows. '.repeat(20))]),
        status: 'published',
      } as never,
    })
    const lean = '/api/stories?limit=10&depth=0&select[title]=true&select[slug]=true'
    const full = await (await fetch(`${space.url}/api/stories?limit=10&depth=0`)).text()
    const res = await fetch(`${space.url}${lean}`)
    const text = await res.text()
    const { docs } = JSON.parse(text) as { docs: Array<Record<string, unknown>> }
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(['id', 'slug', 'title'])
    expect(text.length).toBeLessThan(full.length / 3)
    expect((await fetch(`${space.url}${lean}`)).headers.get('x-space-cache')).toBe('hit')
  })

  it('never serves a caller with credentials from the cache, nor caches what they see', async () => {
    await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: { title: 'A draft', status: 'draft' } as never,
    })
    const anonymous = await list()
    const admin = await createUser(space.payload, space.url, ['admin'])
    const staff = await list({ authorization: `JWT ${admin.token}` })
    expect(staff.cache).toBe('bypass')
    expect(staff.body.docs.map((d) => d.status)).toContain('draft')
    const again = await list()
    expect(again.cache).toBe('hit')
    expect(again.body).toEqual(anonymous.body)
    expect(again.body.docs.map((d) => d.status)).not.toContain('draft')
  })
})

describe.each([
  ['kept in memory', false],
  ['kept on disk', true],
])('the anonymous story page cache, bodies %s', (_where, onDisk) => {
  let url: string
  let renders: string[]
  let close: () => void
  let files: PageFiles | undefined
  let parent: string
  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'space-pages-test-'))
    files = onDisk
      ? openPageFiles({ parent, maxBytes: 1_000_000, onEvicted: (key) => siteCache.drop(key) })
      : undefined
    const app = express()
    // Stands in for Next: streams a page in two writes, answers 404 for unknown slugs.
    app.get(
      '/stories/:slug',
      cachedPageForAnonymous(
        (req, res) => {
          renders.push(req.params.slug as string)
          if (req.params.slug === 'missing') return void res.status(404).send('not found')
          // As the real pages' data reads do: the page is built from story 1.
          siteCache.tag(cacheTags.story(1))
          res.setHeader('content-type', 'text/html; charset=utf-8')
          res.write(`<html><body><h1>${req.params.slug}</h1>`)
          res.end(`<p>render ${renders.length}</p></body></html>`)
        },
        { files },
      ),
    )
    const server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
  })
  beforeEach(() => {
    renders = []
    siteCache.clear()
  })
  afterAll(() => {
    close()
    files?.close()
    rmSync(parent, { recursive: true, force: true })
  })

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, { headers })
    return {
      status: res.status,
      cache: res.headers.get('x-space-cache'),
      type: res.headers.get('content-type'),
      text: await res.text(),
    }
  }

  it('renders a story page once and replays it, headers and all, until content changes', async () => {
    const first = await get('/stories/river-cleanup')
    expect(first).toMatchObject({
      status: 200,
      cache: 'miss',
      text: '<html><body><h1>river-cleanup</h1><p>render 1</p></body></html>',
    })
    const second = await get('/stories/river-cleanup')
    expect(second).toMatchObject({
      status: 200,
      cache: 'hit',
      type: 'text/html; charset=utf-8',
      text: first.text,
    })
    expect(renders).toEqual(['river-cleanup'])
    // Kept gzipped, sent gzipped to a visitor who accepts it and plain to one who does not.
    const gzipped = await fetch(`${url}/stories/river-cleanup`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe(first.text)
    const plain = await rawGet(`${url}/stories/river-cleanup`)
    expect(plain).toMatchObject({ encoding: undefined, body: first.text })
    // A change to another story leaves it cached; a change to its own story does not.
    notifyContentChanged({ collection: 'stories', id: '2' })
    expect((await get('/stories/river-cleanup')).cache).toBe('hit')
    notifyContentChanged({ collection: 'stories', id: '1' })
    expect((await get('/stories/river-cleanup')).text).toContain('render 2')
  })

  it('renders for signed-in visitors, previews, client navigations, and never keeps a 404', async () => {
    await get('/stories/a', { cookie: 'payload-token=abc' })
    await get('/stories/a', { cookie: 'x=1; __prerender_bypass=1' })
    await get('/stories/a', { rsc: '1' })
    await get('/stories/a?_rsc=xyz')
    expect(await get('/stories/missing')).toMatchObject({ status: 404 })
    expect(await get('/stories/missing')).toMatchObject({ status: 404, cache: 'miss' })
    expect(renders).toEqual(['a', 'a', 'a', 'a', 'missing', 'missing'])
  })

  // Only where there are files to keep.
  if (onDisk)
    it('keeps a body in one file while its page is cached, and renders anew when the file is gone', async () => {
      const dir = () => join(parent, readdirSync(parent)[0]!)
      const written = () =>
        eventually('its file written', async () => readdirSync(dir()).length === 1)
      await get('/stories/ferry-repair')
      await written()
      expect((await get('/stories/ferry-repair')).cache).toBe('hit')
      // Dropping the page (its story changed) removes its file.
      notifyContentChanged({ collection: 'stories', id: '1' })
      await eventually('its file removed', async () => readdirSync(dir()).length === 0)
      await get('/stories/ferry-repair')
      await written()
      // A file removed behind the cache's back (or dropped for room) costs a rendering, not an error.
      for (const name of readdirSync(dir())) rmSync(join(dir(), name))
      const again = await get('/stories/ferry-repair')
      expect(again).toMatchObject({ status: 200, cache: 'miss' })
      expect(again.text).toContain('<h1>ferry-repair</h1>')
      expect((await get('/stories/ferry-repair')).cache).toBe('hit')
      expect(renders).toEqual(['ferry-repair', 'ferry-repair', 'ferry-repair'])
    })
})
