// The simulator's topic pages: what a browser sees at the links Space stores (topicUrl, reply
// links, post_url), the reply and like forms, and the JSON API left exactly as it was.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { activityFromTopic } from '@/bridge/activity/activityFromTopic'
import { createDiscourseClient } from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'

const SECRET = 'topic-pages-webhook-secret'
let sim: Simulator
let receiver: Server
let received: Array<{ event: string; body: any }> = []

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      received.push({ event: String(req.headers['x-discourse-event']), body: JSON.parse(raw) })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/discourse/webhook`
  sim = await startSimulator({
    port: 0,
    logger: false,
    maxAdminApiReqsPerMinute: 100_000,
    webhook: { url, secret: SECRET },
  })
})
beforeEach(() => {
  sim.reset()
  received = []
})
afterAll(async () => {
  await sim.close()
  receiver.closeAllConnections()
  await new Promise((resolve) => receiver.close(resolve))
})

const client = () =>
  createDiscourseClient({
    baseUrl: sim.url,
    apiKey: 'simulator-key',
    apiUsername: 'system',
    retry: { retries: 0 },
  })
const RAW =
  '## What happened\n\nWe planted **three hundred** trees along the *lagoon*.\n\n- water rounds\n- a [map](https://space.example/map)'
const publish = (raw = RAW, title = 'Three hundred trees along the Lagoon') =>
  client().createTopic({
    title,
    raw,
    categoryId: 5,
    externalId: `story-${title.length}-${raw.length}`,
  })
const control = (path: string, body: object) =>
  fetch(`${sim.url}/__simulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const page = (path: string, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8') =>
  fetch(`${sim.url}${path}`, { headers: { accept } })
const html = async (path: string) => {
  const res = await page(path)
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    csp: res.headers.get('content-security-policy'),
    body: await res.text(),
  }
}
const tokenOf = (body: string) => /name="token" value="([^"]+)"/.exec(body)![1]
const postForm = (
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  fetch(`${sim.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers,
    body: new URLSearchParams(fields),
  })

describe('simulator topic pages', () => {
  it('serves the topic as HTML at every URL Space links to, with title, first post, replies, likes and the simulator notice', async () => {
    const t = await publish()
    await control(`/topics/${t.topicId}/activity`, { replies: 2, likes: 3 })
    const topic = await client().getTopic(t.topicId)
    const replyUrls = activityFromTopic(topic, sim.url).latestReplies.map((r) =>
      r.url.slice(sim.url.length),
    )
    const postUrl = (await client().getPost(topic.post_stream.posts[1].id)).post_url as string
    const urls = [
      client().topicUrl(topic).slice(sim.url.length),
      `/t/${t.topicId}`,
      `/t/${t.topicId}/2`,
      postUrl,
      ...replyUrls,
    ]
    expect(urls).toEqual(
      expect.arrayContaining([
        `/t/${t.topicSlug}/${t.topicId}`,
        `/t/${t.topicSlug}/${t.topicId}/2`,
      ]),
    )
    for (const url of urls) {
      const res = await html(url)
      expect([url, res.status, res.type]).toEqual([url, 200, 'text/html; charset=utf-8'])
      expect(res.body).toContain('This is the Space simulator, not a real forum.')
      expect(res.body).toContain(
        '<h1 data-testid="topic-title">Three hundred trees along the Lagoon</h1>',
      )
      expect(res.body).toContain('<h2>What happened</h2>')
      expect(res.body).toContain('<strong>three hundred</strong> trees along the <em>lagoon</em>')
      expect(res.body).toContain(
        '<li>a <a href="https://space.example/map" rel="nofollow ugc noopener">map</a></li>',
      )
      expect(res.body).toContain('2 replies · 3 likes')
      expect(res.body).toMatch(
        /<strong class="author">Yuri Gagarin<\/strong>[\s\S]*?<time datetime="[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d UTC<\/time>/,
      )
      expect(res.body).toContain('Reply 1 from Yuri Gagarin: thanks for sharing this story!')
      expect(res.body).toContain('<span class="likes" data-testid="like-count">3 likes</span>')
      expect(res.body).toContain(`<form method="post" action="/t/${t.topicId}/reply"`)
    }
    expect((await html(`/t/${t.topicSlug}/${t.topicId}/3`)).body).toContain(
      '<article class="post target" id="post_3"',
    )
  })

  it('posts a reply from the form as the API does: stored, post_created fired, then a redirect to it', async () => {
    const t = await publish()
    const { body } = await html(`/t/${t.topicSlug}/${t.topicId}`)
    await sim.webhooksIdle()
    received = []
    const res = await postForm(`/t/${t.topicId}/reply`, {
      token: tokenOf(body),
      username: 'mae_jemison',
      raw: 'Count me in for the **April** watering rounds.',
    })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/t/${t.topicSlug}/${t.topicId}/2#post_2`,
    ])
    const topic = await client().getTopic(t.topicId)
    expect(topic.post_stream.posts[1]).toMatchObject({ post_number: 2, username: 'mae_jemison' })
    await sim.webhooksIdle()
    expect(received.map((d) => d.event)).toEqual(['post_created'])
    expect(received[0].body.post).toMatchObject({
      topic_id: t.topicId,
      post_number: 2,
      username: 'mae_jemison',
      raw: 'Count me in for the **April** watering rounds.',
    })
    const after = await html(res.headers.get('location')!.split('#')[0])
    expect(after.body).toContain('Count me in for the <strong>April</strong> watering rounds.')
  })

  it('shows Discourse’s validation message on the page and keeps the draft when a reply is refused', async () => {
    const t = await publish()
    const token = tokenOf((await html(`/t/${t.topicId}`)).body)
    const res = await postForm(`/t/${t.topicId}/reply`, {
      token,
      username: 'yuri_g',
      raw: 'Too short',
    })
    const body = await res.text()
    expect(res.status).toBe(422)
    expect(body).toContain('Body is too short (minimum is 20 characters)')
    expect(body).toContain('>Too short</textarea>')
    expect(body).toContain('<option value="yuri_g" selected>')
    expect((await client().getTopic(t.topicId)).posts_count).toBe(1)
  })

  it('likes a post from its button: the count goes up, post_liked fires, the page comes back', async () => {
    const t = await publish()
    await control(`/topics/${t.topicId}/activity`, { replies: 1 })
    const { body } = await html(`/t/${t.topicSlug}/${t.topicId}`)
    expect(body).toContain(`<form method="post" action="/t/${t.topicId}/posts/2/like">`)
    await sim.webhooksIdle()
    received = []
    const res = await postForm(`/t/${t.topicId}/posts/2/like`, { token: tokenOf(body) })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/t/${t.topicSlug}/${t.topicId}/2#post_2`,
    ])
    await sim.webhooksIdle()
    expect(received.map((d) => d.event)).toEqual(['post_liked'])
    expect(received[0].body.like).toMatchObject({
      post: { topic_id: t.topicId, post_number: 2 },
      user: { username: expect.any(String) },
    })
    expect((await client().getTopic(t.topicId)).like_count).toBe(1)
    expect((await html(`/t/${t.topicId}`)).body).toMatch(
      /id="post_2"[\s\S]*?data-testid="like-count">1 like</,
    )
  })

  it('refuses a form posted without the page’s token, with another topic’s token, or from another origin', async () => {
    const a = await publish()
    const b = await publish(RAW, 'A second story about the lagoon')
    const tokenA = tokenOf((await html(`/t/${a.topicId}`)).body)
    await sim.webhooksIdle()
    received = []
    const reply = { username: 'yuri_g', raw: 'A reply long enough for the forum to take it.' }
    const attempts = [
      await postForm(`/t/${a.topicId}/reply`, reply),
      await postForm(`/t/${a.topicId}/reply`, { ...reply, token: 'forged.00' }),
      await postForm(`/t/${b.topicId}/reply`, { ...reply, token: tokenA }),
      await postForm(
        `/t/${a.topicId}/reply`,
        { ...reply, token: tokenA },
        { Origin: 'https://evil.example' },
      ),
      await postForm(`/t/${a.topicId}/posts/1/like`, { token: 'forged.00' }),
    ]
    expect(attempts.map((r) => [r.status, r.headers.get('content-type')])).toEqual(
      Array(5).fill([403, 'text/html; charset=utf-8']),
    )
    expect([
      (await client().getTopic(a.topicId)).posts_count,
      (await client().getTopic(b.topicId)).posts_count,
    ]).toEqual([1, 1])
    expect((await client().getTopic(a.topicId)).like_count).toBe(0)
    await sim.webhooksIdle()
    expect(received).toEqual([])
  })

  it('takes no replies on a closed topic', async () => {
    const t = await publish()
    const token = tokenOf((await html(`/t/${t.topicId}`)).body)
    await client().setTopicStatus(t.topicId, 'closed', true)
    const { body } = await html(`/t/${t.topicId}`)
    expect(body).toContain('This topic is closed')
    expect(body).not.toContain(`action="/t/${t.topicId}/reply"`)
    expect(body).toContain('Like<span') // closed topics still take likes; archived ones do not
    const res = await postForm(`/t/${t.topicId}/reply`, {
      token,
      username: 'yuri_g',
      raw: 'A reply long enough for the forum to take it.',
    })
    expect(res.status).toBe(403)
    expect((await client().getTopic(t.topicId)).posts_count).toBe(1)
  })

  it('counts a page view once per visitor per day, as Discourse does, and never for the JSON API', async () => {
    const t = await publish()
    await html(`/t/${t.topicSlug}/${t.topicId}`)
    await html(`/t/${t.topicId}`)
    await client().getTopic(t.topicId)
    await fetch(`${sim.url}/t/${t.topicId}.json`)
    expect((await client().getTopic(t.topicId)).views).toBe(1)
    expect((await html(`/t/${t.topicId}`)).body).toContain('0 replies · 0 likes · 1 view')
  })

  it('leaves the JSON API as it was: .json paths answer JSON whatever the Accept header, extensionless JSON requests pass through', async () => {
    const t = await publish()
    const plain = await fetch(`${sim.url}/t/${t.topicId}.json`).then((r) => r.json())
    const asHtml = await page(`/t/${t.topicId}.json`)
    expect(asHtml.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect({ ...(await asHtml.json()), views: 0 }).toEqual({ ...plain, views: 0 })
    const missing = await page('/t/999.json')
    expect([missing.status, await missing.json()]).toEqual([
      404,
      { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' },
    ])
    const json = await page(`/t/${t.topicSlug}/${t.topicId}`, 'application/json')
    expect([json.status, json.headers.get('content-type')]).toEqual([
      404,
      'application/json; charset=utf-8',
    ])
    const write = await fetch(`${sim.url}/posts.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect([write.status, await write.json()]).toEqual([
      403,
      { errors: ['You need to be logged in to do that.'], error_type: 'not_logged_in' },
    ])
  })

  it('answers an HTML 404 page for an unknown, deleted or staff-only topic', async () => {
    const deleted = await publish()
    await client().deleteTopic(deleted.topicId)
    const staff = await client().createTopic({
      title: 'Staff only notes about the lagoon',
      raw: 'Nothing for the public to read here.',
      categoryId: 3,
      externalId: 'staff-1',
    })
    for (const path of [
      '/t/999',
      '/t/no-such-topic/999',
      '/t/not-a-number',
      `/t/${deleted.topicSlug}/${deleted.topicId}`,
      `/t/${staff.topicSlug}/${staff.topicId}`,
    ]) {
      const res = await html(path)
      expect([path, res.status, res.type]).toEqual([path, 404, 'text/html; charset=utf-8'])
      expect(res.body).toContain('Page not found')
      expect(res.body).toContain('This is the Space simulator, not a real forum.')
    }
  })

  it('renders script, event handlers and javascript: links from a post’s Markdown inert', async () => {
    const raw = [
      '<script>alert("first")</script>',
      '[click me](javascript:alert(1)) [again](JavaScript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)',
      '![pic](javascript:alert(3)) <img src=x onerror=alert(4)> [quote](https://ok.example/"onmouseover="alert(5))',
    ].join('\n\n')
    const t = await publish(raw, 'A <script> in the title of a story')
    const token = tokenOf((await html(`/t/${t.topicId}`)).body)
    await postForm(`/t/${t.topicId}/reply`, {
      token,
      username: 'chris_h',
      raw: 'A reply <script>alert(6)</script> and [x](javascript:alert(7))',
    })
    const res = await html(`/t/${t.topicId}`)
    const body = res.body
    expect(body).not.toMatch(/<script/i)
    expect(body).not.toMatch(/(href|src)="\s*(javascript|data):/i)
    expect(body).not.toMatch(/<[^>]+\son\w+=/i)
    expect(body).toContain('&lt;script&gt;alert(&quot;first&quot;)&lt;/script&gt;')
    expect(body).toContain(
      '<h1 data-testid="topic-title">A &lt;script&gt; in the title of a story</h1>',
    )
    expect(body).toContain('href="https://ok.example/&quot;onmouseover=&quot;alert(5"')
    expect(res.csp).toContain("default-src 'none'")
  })
})
