// The built-in simulator keeps its forum beside Space's SQLite database, so a restart of
// `npm start` finds the topics Space linked, and hands out neither a topic id nor a webhook
// event id twice (found by tests/e2e/newcomer.e2e.test.ts: after a restart a new story got the
// topic id of a demo event, and its replies' webhooks were dropped as duplicates).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bridgeSettings } from '@/bridge/bridgeSettings'
import { createDiscourseClient } from '@/bridge/discourse'
import { startSimulator } from '@/simulator'
import { parseEnv } from '@/config/env'

const dir = mkdtempSync(join(tmpdir(), 'simulator-state-'))
const file = join(dir, 'space.db.simulator.json')
let receiver: Server
let receiverUrl = ''
const eventIds: number[] = []

beforeAll(async () => {
  receiver = createServer((req, res) => {
    eventIds.push(Number(req.headers['x-discourse-event-id']))
    req.resume().on('end', () => res.writeHead(200).end())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
})
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

const boot = () =>
  startSimulator({
    port: 0,
    logger: false,
    stateFile: file,
    webhook: { url: receiverUrl, secret: 's' },
  })
const clientOf = (url: string) =>
  createDiscourseClient({ baseUrl: url, apiKey: 'simulator-key', apiUsername: 'system' })

describe('the simulator with a state file', () => {
  it('comes back after a restart with its topics, replies and views, and never repeats a topic id or a webhook event id', async () => {
    const first = await boot()
    const made = await clientOf(first.url).createTopic({
      title: 'A topic that outlives a restart',
      raw: 'A body long enough for the forum.',
      categoryId: 5,
      externalId: 'story-1',
    })
    const page = await fetch(`${first.url}/t/${made.topicId}`, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    const reply = await fetch(`${first.url}/__simulator/topics/${made.topicId}/activity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replies: 1 }),
    })
    expect(reply.status).toBe(200)
    await first.webhooksIdle()
    const idsBefore = [...eventIds]
    await first.close()

    const second = await boot()
    try {
      const topic = await (await fetch(`${second.url}/__simulator/topics/${made.topicId}`)).json()
      expect(topic).toMatchObject({
        title: 'A topic that outlives a restart',
        external_id: 'story-1',
        posts_count: 2,
        views: 1,
      })
      const next = await clientOf(second.url).createTopic({
        title: 'A second topic after the restart',
        raw: 'Another body long enough for it.',
        categoryId: 5,
        externalId: 'story-2',
      })
      expect(next.topicId).toBeGreaterThan(made.topicId)
      expect(next.postId).toBeGreaterThan(made.postId)
      await second.webhooksIdle()
      const idsAfter = eventIds.slice(idsBefore.length)
      expect(idsAfter.length).toBeGreaterThan(0)
      expect(Math.min(...idsAfter)).toBeGreaterThan(Math.max(...idsBefore))
    } finally {
      await second.close()
    }
  })

  it('starts with an empty forum when the file is not its own', async () => {
    const other = join(dir, 'not-a-state.json')
    writeFileSync(other, '{"hello":"world"}')
    const sim = await startSimulator({ port: 0, logger: false, stateFile: other })
    try {
      expect(sim.state.topics.size).toBe(0)
      expect(sim.state.nextTopicId).toBe(10)
    } finally {
      await sim.close()
    }
  })
})

describe('bridge settings: where the built-in simulator keeps its forum', () => {
  const stateFileFor = (vars: Record<string, string>) =>
    bridgeSettings(parseEnv({ NODE_ENV: 'test', ...vars })).simulatorStateFile
  it('beside the SQLite database, named after it', () => {
    expect(stateFileFor({ DATABASE_URL: `file:${join(dir, 'space.db')}` })).toBe(file)
  })
  it('nowhere for a real forum or a database that is not a file', () => {
    expect(
      stateFileFor({
        DATABASE_URL: `file:${join(dir, 'space.db')}`,
        DISCOURSE_URL: 'https://forum.example.org',
        DISCOURSE_API_KEY: 'k',
      }),
    ).toBeUndefined()
    expect(stateFileFor({ DATABASE_URL: 'postgres://localhost/space' })).toBeUndefined()
  })
})
