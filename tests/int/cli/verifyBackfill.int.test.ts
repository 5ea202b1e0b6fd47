// verify (and --fix) against drift made on the forum side, and backfill linking stories to
// topics that already exist, run as the real CLI subprocess.
import { createDiscourseClient } from '@/bridge/discourse'
import { bridgeSettings } from '@/bridge/bridgeSettings'
import { JOBS_COLLECTION, syncConcurrencyKey } from '@/bridge/outbox/jobs'
import { renderStoryTopic } from '@/bridge/sync/renderStoryTopic'
import type { Story } from '@/types/payload-types'
import { drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { bootCliSpace, publishedStory } from './cliSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import {
  exitOf,
  clearSimulatorRequests,
  databaseSnapshot,
  forumWrites,
  runCli,
  simulatorRequests,
} from './runCli'

const space = bootForSuite(bootCliSpace)
const ids: Record<string, string> = {}
const story = (slug: string, title: string) => publishedStory(space, slug, title)

const read = async (id: string) =>
  (await space.payload.findByID({
    collection: 'stories',
    id,
    depth: 1,
    overrideAccess: true,
  })) as Story
const patchTopic = (topicId: number, body: Record<string, unknown>) =>
  controlFetch(`${space.simulator.url}/__simulator/topics/${topicId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  ids.river = await story('river-cleanup', 'River clean-up in Lagos draws hundreds')
  ids.garden = await story('school-garden', 'A school garden feeds a whole village')
  await drainSyncQueue(space.payload)
})

describe('space-bridge verify', () => {
  it('finds nothing to report when every topic matches its story', async () => {
    const run = await runCli(['verify', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    const result = run.json()
    expect(result).toMatchObject({ checked: 2, drifted: [], orphans: [] })
  })

  it('reports title, content, tags and visibility drift made on the forum, and exits 1', async () => {
    const river = await read(ids.river)
    const garden = await read(ids.garden)
    expect(
      (
        await patchTopic(river.discourse!.topicId!, {
          title: 'Somebody retitled this on the forum',
          raw: 'A moderator rewrote the first post entirely.',
        })
      ).status,
    ).toBe(200)
    expect(
      (await patchTopic(garden.discourse!.topicId!, { visible: false, tags: ['moved-on-forum'] }))
        .status,
    ).toBe(200)
    const run = await runCli(['verify'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 1')
    expect(run.stdout).toMatch(
      /✗ stories \d+ "River clean-up in Lagos draws hundreds" \(topic \d+\): drift: title, content/,
    )
    expect(run.stdout).toMatch(
      /✗ stories \d+ "A school garden feeds a whole village" \(topic \d+\): drift: tags, visibility/,
    )
    expect(run.stdout).toMatch(/Checked 2 linked document\(s\): 2 drifted/)
  })

  it('verify --fix --dry-run plans the repairs and writes nothing anywhere', async () => {
    const before = await databaseSnapshot(space.payload)
    await clearSimulatorRequests(space.simulator.url)
    const run = await runCli(['verify', '--fix', '--dry-run'], space.cliEnv)
    expect(run.stdout).toMatch(/would repair title, content/)
    expect(await databaseSnapshot(space.payload)).toBe(before)
    expect(await forumWrites(space.simulator.url)).toEqual([])
    expect((await simulatorRequests(space.simulator.url)).length).toBeGreaterThan(0)
  })

  it('verify --fix repairs the drift through the sync path, and verify is then clean', async () => {
    const fix = await runCli(['verify', '--fix', '--json'], space.cliEnv)
    expect(exitOf(fix)).toBe('exit 0')
    expect(
      fix
        .json()
        .items.map((i: any) => i.action)
        .sort(),
    ).toEqual(['repaired tags, visibility', 'repaired title, content'])
    const topics = (await (
      await controlFetch(`${space.simulator.url}/__simulator/topics`)
    ).json()) as Array<{ id: number; title: string; visible: boolean; tags: string[] }>
    const river = await read(ids.river)
    const garden = await read(ids.garden)
    expect(topics.find((t) => t.id === river.discourse!.topicId)).toMatchObject({
      title: 'River clean-up in Lagos draws hundreds',
      visible: true,
    })
    expect(topics.find((t) => t.id === garden.discourse!.topicId)).toMatchObject({
      visible: true,
      tags: [],
    })
    const again = await runCli(['verify'], space.cliEnv)
    expect(exitOf(again)).toBe('exit 0')
    expect(again.stdout).toMatch(/Checked 2 linked document\(s\): 0 drifted, 0 orphan/)
  })
})

describe('space-bridge backfill', () => {
  it('links stories to topics that already exist by external_id, never creating one', async () => {
    // Topics made "by an earlier setup": one says exactly what Space would, one differs.
    const settings = bridgeSettings({ ...space.env, DISCOURSE_URL: space.simulator.url })
    const client = createDiscourseClient({
      baseUrl: space.simulator.url,
      apiKey: 'simulator-key',
      apiUsername: 'system',
    })
    const make = async (slug: string, title: string) => {
      const id = await story(slug, title)
      // Linked by nobody yet: drop the queued sync jobs so only backfill can link them.
      await space.payload.delete({
        collection: JOBS_COLLECTION,
        where: { concurrencyKey: { equals: syncConcurrencyKey('stories', id) } },
        overrideAccess: true,
      })
      return { id, doc: await read(id) }
    }
    const same = await make('migrated-same', 'Migrated story that matches the forum')
    const differs = await make('migrated-differs', 'Migrated story that differs on the forum')
    const none = await make('migrated-none', 'Migrated story with no forum topic')
    const desired = renderStoryTopic(same.doc, settings)
    await client.createTopic({ ...desired, externalId: same.doc.discourse!.externalId! })
    await client.createTopic({
      ...renderStoryTopic(differs.doc, settings),
      raw: 'The old platform posted a different first post here.',
      externalId: differs.doc.discourse!.externalId!,
    })

    const before = await databaseSnapshot(space.payload)
    await clearSimulatorRequests(space.simulator.url)
    const dry = await runCli(['backfill', '--dry-run'], space.cliEnv)
    expect(exitOf(dry)).toBe('exit 0')
    expect(dry.stdout).toMatch(
      /~ stories \d+ "Migrated story that matches the forum" \(topic \d+\): would link \(found by external_id\) as synced/,
    )
    expect(await databaseSnapshot(space.payload)).toBe(before)
    expect(await forumWrites(space.simulator.url)).toEqual([])

    const run = await runCli(['backfill', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    const byId = Object.fromEntries(run.json().items.map((i: any) => [i.id, i]))
    expect(byId[same.id].action).toBe('linked (found by external_id) as synced')
    expect(byId[differs.id].action).toBe('linked (found by external_id) as pending')
    expect(byId[none.id]).toMatchObject({ status: 'skipped', action: 'no existing topic found' })
    expect(
      (await forumWrites(space.simulator.url)).filter((r) => r.path.startsWith('/posts')),
    ).toEqual([])
    expect((await read(same.id)).discourse).toMatchObject({
      syncState: 'synced',
      topicId: expect.any(Number),
      firstPostId: expect.any(Number),
    })
    expect((await read(differs.id)).discourse).toMatchObject({
      syncState: 'pending',
      topicId: expect.any(Number),
    })
  })
})
