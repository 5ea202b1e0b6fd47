// Webhooks like Discourse's: a local receiver checks headers, order and the HMAC signature.
import { createHmac } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createDiscourseClient } from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'

type Delivery = { headers: Record<string, string | string[] | undefined>; raw: string }
const SECRET = 'webhook-secret-for-tests'
let sim: Simulator
let receiver: Server
let received: Delivery[] = []
let receiverUrl = ''

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, raw })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/discourse/webhook`
  sim = await startSimulator({
    port: 0,
    logger: false,
    webhook: { url: receiverUrl, secret: SECRET },
  })
})
beforeEach(() => {
  sim.reset()
  received = []
})
afterAll(async () => {
  await sim.close()
  await new Promise((resolve) => receiver.close(resolve))
})

const client = () =>
  createDiscourseClient({ baseUrl: sim.url, apiKey: 'simulator-key', apiUsername: 'system' })
const story = {
  title: 'Webhooks arrive from the forum',
  raw: 'A body long enough for the forum to accept.',
  categoryId: 5,
  externalId: 'story-hook',
}

describe('simulator webhooks', () => {
  it('sends topic_created then post_created, signed sha256= HMAC of the raw body, with Discourse headers', async () => {
    const t = await client().createTopic(story)
    await sim.webhooksIdle()
    expect(
      received.map((d) => [d.headers['x-discourse-event-type'], d.headers['x-discourse-event']]),
    ).toEqual([
      ['topic', 'topic_created'],
      ['post', 'post_created'],
    ])
    for (const d of received) {
      const expected = `sha256=${createHmac('sha256', SECRET).update(d.raw).digest('hex')}`
      expect(d.headers['x-discourse-event-signature']).toBe(expected)
      expect(d.headers['x-discourse-instance']).toBe(sim.url)
      expect(d.headers['content-type']).toBe('application/json')
    }
    const ids = received.map((d) => Number(d.headers['x-discourse-event-id']))
    expect(ids[1]).toBeGreaterThan(ids[0])
    expect(JSON.parse(received[0].raw).topic).toMatchObject({
      id: t.topicId,
      title: story.title,
      category_id: 5,
      created_by: { username: 'system' },
    })
    expect(JSON.parse(received[1].raw).post).toMatchObject({
      id: t.postId,
      topic_id: t.topicId,
      post_number: 1,
      raw: story.raw,
      topic_title: story.title,
    })
  })

  it('reports community activity as Discourse does: post_created per reply, post_liked per like, nothing for views', async () => {
    const t = await client().createTopic(story)
    await sim.webhooksIdle()
    received = []
    await fetch(`${sim.url}/__simulator/topics/${t.topicId}/activity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replies: 2, likes: 2, views: 40, username: 'sally_ride' }),
    })
    await sim.webhooksIdle()
    expect(received.map((d) => d.headers['x-discourse-event'])).toEqual([
      'post_created',
      'post_created',
      'post_liked',
      'post_liked',
    ])
    expect(received.map((d) => d.headers['x-discourse-event-type'])).toEqual([
      'post',
      'post',
      'like',
      'like',
    ])
    expect(JSON.parse(received[0].raw).post).toMatchObject({
      username: 'sally_ride',
      post_number: 2,
    })
    expect(JSON.parse(received[2].raw).like).toMatchObject({
      post: { topic_id: t.topicId, post_number: 1 },
      user: { username: 'sally_ride' },
    })
  })

  it('stops sending once the webhook is removed', async () => {
    sim.setWebhook(null)
    await client().createTopic(story)
    await sim.webhooksIdle()
    expect(received).toEqual([])
    sim.setWebhook({ url: receiverUrl, secret: SECRET })
  })
})
