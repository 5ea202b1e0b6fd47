// The story page's discussion panel, fed end to end: a reader on the simulator's topic page
// views it, replies and likes through its forms; the webhooks bring the counts back to the story;
// findStoryBySlug hands replies, likes and views to the panel.
import { jest } from '@jest/globals'
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { setRunningPayload } from '@/src/site/runningPayload'

// src/site calls next/server's connection(), which throws outside a request Next renders.
const nextServer = await import('next/server')
jest.unstable_mockModule('next/server', () => ({
  ...nextServer,
  connection: async () => undefined,
}))
const { findStoryBySlug } = await import('@/src/site/findStoryBySlug')
const { siteCache } = await import('@/src/site/siteCache')
const { Discussion } = await import('@/src/components/site/Discussion')

const space = bootForSuite(() => bootWithSimulator())
beforeAll(async () => {
  setRunningPayload(space.payload)
})

/** A form on the simulator's topic page, sent as a browser without JavaScript sends it. */
const submitForm = async (pageUrl: string, action: string, fields: Record<string, string> = {}) => {
  const page = await fetch(pageUrl, { headers: { accept: 'text/html' } }).then((r) => r.text())
  const token = /name="token" value="([^"]+)"/.exec(page)![1]
  const res = await fetch(new URL(action, pageUrl), {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ token, ...fields }),
  })
  expect(res.status).toBe(303)
}

describe("the story page's discussion panel", () => {
  it('shows the replies, likes and views the forum reported, beside each other, in words', async () => {
    const story = await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: 'Three hundred trees along the Lagos lagoon',
        summary: 'Volunteers met on Saturday to plant trees along the river.',
        body: lexicalDocument([paragraphNode('We planted three hundred trees together.')]),
        status: 'published',
      } as never,
    })
    await drainSyncQueue(space.payload)
    const { discourse, slug } = await space.payload.findByID({
      collection: 'stories',
      id: story.id,
      overrideAccess: true,
      depth: 0,
    })
    const topicUrl = discourse!.topicUrl!
    const topicId = discourse!.topicId!

    await submitForm(topicUrl, `/t/${topicId}/reply`, {
      username: 'sally_ride',
      raw: 'Count me in for the April watering rounds.',
    })
    await submitForm(topicUrl, `/t/${topicId}/posts/1/like`)
    await submitForm(topicUrl, `/t/${topicId}/posts/2/like`)
    await space.simulator.webhooksIdle()
    await drainSyncQueue(space.payload)

    siteCache.clear()
    const page = await findStoryBySlug(slug!)
    // One page view: the simulator counts a visitor once a day, however many pages it loads.
    expect(page?.discussion).toMatchObject({ topicUrl, replyCount: 1, likeCount: 2, views: 1 })
    const html = renderToStaticMarkup(h(Discussion, page!.discussion!))
    expect(html.replace(/<[^>]+>/g, '')).toContain('1 reply, 2 likes and 1 view on the forum.')
  })
})
