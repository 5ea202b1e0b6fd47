// Rich-text links must be http(s), mailto or relative: anything else is refused at save with a
// 400 naming the field, and a link already stored (written before the check) is never rendered
// as a link, on the site or on the forum.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Field } from 'payload'
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'
import { firstPostRaw } from '../helpers/simulatorTopics'
import { api, fieldErrors } from '../helpers/users'
import { requestResync } from '@/bridge/sync/requestResync'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'
import { RichTextBody } from '@/src/components/site/RichTextBody'
import { lexicalDocument, paragraphNode, textNode } from '@/shared/lexical'

const dangerous = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav\u0000ascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
]

const link = (url: string, type: 'link' | 'autolink' = 'link') => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [textNode('click here')],
})
const bodyLinking = (url: string, type: 'link' | 'autolink' = 'link') =>
  lexicalDocument([
    { ...paragraphNode(''), children: [textNode('Please '), link(url, type), textNode(' today.')] },
  ])

const event = {
  title: 'Community assembly on links',
  start: '2031-06-01T16:00:00Z',
  end: '2031-06-01T18:00:00Z',
  timezone: 'Europe/Berlin',
  format: 'in_person',
  latitude: 52.52,
  longitude: 13.405,
}

const { space, users } = bootWithUsers(() => bootWithSimulator())

const counts = async () => ({
  stories: (await space.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs,
  events: (await space.payload.count({ collection: 'events', overrideAccess: true })).totalDocs,
  templates: (
    await space.payload.count({ collection: 'editorial-templates', overrideAccess: true })
  ).totalDocs,
})

describe('saving a rich-text link', () => {
  it.each(dangerous.map((url) => [JSON.stringify(url), url]))(
    'refuses a story body linking to %s with a 400 naming the body',
    async (_shown, url) => {
      const before = await counts()
      for (const type of ['link', 'autolink'] as const) {
        const res = await api(space.url, users.contributor, 'POST', '/api/stories', {
          title: 'A story with a link',
          body: bodyLinking(url, type),
        })
        expect(res.status).toBe(400)
        expect(fieldErrors(res.body)).toEqual([
          expect.objectContaining({
            path: 'body',
            message: expect.stringContaining('is not allowed'),
          }),
        ])
      }
      expect(await counts()).toEqual(before)
    },
  )

  it.each(dangerous.map((url) => [JSON.stringify(url), url]))(
    'refuses an event description linking to %s with a 400 naming the description',
    async (_shown, url) => {
      const before = await counts()
      const res = await api(space.url, users.editor, 'POST', '/api/events', {
        ...event,
        description: bodyLinking(url),
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['description'])
      expect(await counts()).toEqual(before)
    },
  )

  it('refuses an edit that adds a dangerous link, and keeps the story as it was', async () => {
    const created = await api(space.url, users.contributor, 'POST', '/api/stories', {
      title: 'An honest story',
      body: bodyLinking('https://example.org/a'),
    })
    expect(created.status).toBe(201)
    const res = await api(
      space.url,
      users.contributor,
      'PATCH',
      `/api/stories/${created.body.doc.id}`,
      { body: bodyLinking('javascript:alert(1)') },
    )
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['body'])
    const stored = await space.payload.findByID({
      collection: 'stories',
      id: created.body.doc.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored.body)).toContain('https://example.org/a')
    expect(JSON.stringify(stored.body)).not.toContain('javascript')
  })

  it('refuses a dangerous link in the other rich-text fields: template guidelines and the globals', async () => {
    const before = await counts()
    const template = await api(space.url, users.editor, 'POST', '/api/editorial-templates', {
      name: 'Links template',
      guidelines: bodyLinking('data:text/html,x'),
    })
    expect(template.status).toBe(400)
    expect(fieldErrors(template.body).map((e) => e.path)).toEqual(['guidelines'])
    for (const slug of ['code-of-conduct', 'editorial-guidelines']) {
      const res = await api(space.url, users.admin, 'POST', `/api/globals/${slug}`, {
        title: 'Rules',
        content: bodyLinking('vbscript:msgbox(1)'),
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((e) => e.path)).toEqual(['content'])
    }
    expect(await counts()).toEqual(before)
  })

  it('accepts http(s), mailto and relative links', async () => {
    for (const url of [
      'https://example.org/x',
      'http://example.org',
      'mailto:team@example.org',
      '/events/rally',
      '#section',
      '?page=2',
      'stories/other',
    ]) {
      const res = await api(space.url, users.contributor, 'POST', '/api/stories', {
        title: `Linking ${url}`,
        body: bodyLinking(url),
      })
      expect(res.status).toBe(201)
    }
  })

  it('checks every rich-text field of every collection and global the same way', async () => {
    const richTextFields: string[] = []
    const walk = (owner: string, fields: Field[]) => {
      for (const field of fields) {
        if (field.type === 'richText') {
          richTextFields.push(`${owner}.${field.name}`)
          expect([`${owner}.${field.name}`, field.validate]).toEqual([
            `${owner}.${field.name}`,
            validateRichTextLinks,
          ])
        }
        if ('fields' in field && Array.isArray(field.fields)) walk(owner, field.fields)
        if ('tabs' in field) for (const tab of field.tabs) walk(owner, tab.fields)
        if ('blocks' in field) for (const block of field.blocks) walk(owner, block.fields)
      }
    }
    for (const collection of space.payload.config.collections)
      walk(collection.slug, collection.fields)
    for (const global of space.payload.config.globals) walk(global.slug, global.fields)
    expect(richTextFields).toEqual(
      expect.arrayContaining([
        'stories.body',
        'events.description',
        'editorial-templates.guidelines',
        'code-of-conduct.content',
      ]),
    )
  })
})

describe('a dangerous link stored before the check', () => {
  it('is shown as plain text on the site and sent to the forum without its link', async () => {
    const story = await space.payload.create({
      collection: 'stories',
      data: {
        title: 'A story from before the check',
        body: bodyLinking('https://example.org/fine'),
        status: 'published',
      } as never,
      overrideAccess: true,
    })
    await drainSyncQueue(space.payload)
    // As old content: written straight to the database, past every validation.
    const legacyBody = lexicalDocument([
      {
        ...paragraphNode(''),
        children: dangerous.flatMap((url, i) => [
          textNode(`Link ${i}: `),
          link(url, i % 2 ? 'autolink' : 'link'),
        ]),
      },
    ])
    await space.payload.db.updateOne({
      collection: 'stories',
      id: story.id,
      data: { body: legacyBody },
    })
    expect(await requestResync(space.payload, 'stories', String(story.id))).toBe(true)
    await drainSyncQueue(space.payload)

    const stored = await space.payload.findByID({
      collection: 'stories',
      id: story.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored.body)).toContain('vbscript:msgbox(1)')
    const html = renderToStaticMarkup(createElement(RichTextBody, { data: stored.body }))
    expect(html).not.toContain('<a')
    expect(html).not.toMatch(/href|script:|data:/i)
    expect(html).toContain('Link 0: click here')

    const raw = firstPostRaw(space.simulator, stored.discourse!.topicId!)
    expect(raw).toContain('Link 0: click here')
    expect(raw).not.toMatch(/javascript|vbscript|data:/i)
    // The only links left are the bridge's own, to the story's page.
    expect([...raw.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      `${space.env.PUBLIC_URL ?? `http://localhost:${space.env.PORT}`}/stories/${stored.slug}`,
    ])

    // Its next save must fix the link: the answer names the body.
    const edit = await api(space.url, users.editor, 'PATCH', `/api/stories/${story.id}`, {
      title: 'A story from before the check, retitled',
    })
    expect(edit.status).toBe(400)
    expect(fieldErrors(edit.body).map((e) => e.path)).toEqual(['body'])
  })
})
