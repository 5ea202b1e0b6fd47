import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import {
  apiWrites,
  clearRequestLog,
  firstPostRaw,
  topicsWithExternalId,
} from '@/tests/helpers/simulatorTopics'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'

const space = bootForSuite(() => bootWithSimulator())
beforeEach(() => {
  return clearRequestLog(space.simulator)
})

const story = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Volunteers met on Saturday to plant trees along the river.',
  body: lexicalDocument([
    headingNode('What happened'),
    paragraphNode('We planted three hundred trees together.'),
  ]),
  tags: ['Trees', 'Lagos'],
  status: 'published' as const,
  ...extra,
})

const read = (id: number | string) =>
  space.payload.findByID({ collection: 'stories', id, overrideAccess: true, depth: 0 })
const publish = (data: Record<string, unknown>) =>
  space.payload.create({ collection: 'stories', data: data as never, overrideAccess: true })
const edit = (id: number | string, data: Record<string, unknown>) =>
  space.payload.update({ collection: 'stories', id, data: data as never, overrideAccess: true })

describe('publishing a story to Discourse', () => {
  it('creates exactly one topic with the rendered story and links it back', async () => {
    const created = await publish(story('Three hundred trees along the Lagos lagoon'))
    expect(created.discourse?.syncState).toBe('pending')
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(doc.discourse).toMatchObject({
      syncState: 'synced',
      topicId: expect.any(Number),
      lastError: null,
    })
    expect(doc.discourse?.topicUrl).toBe(
      `${space.simulator.url}/t/${doc.discourse?.topicSlug}/${doc.discourse?.topicId}`,
    )
    const topics = topicsWithExternalId(space.simulator, doc.discourse!.externalId!)
    expect(topics).toHaveLength(1)
    expect(topics[0]).toMatchObject({
      title: 'Three hundred trees along the Lagos lagoon',
      visible: true,
      tags: ['trees', 'lagos'],
    })
    // The story's page, made unique per document: Discourse refuses an embed URL already used.
    expect(topics[0]!.embed_url).toBe(
      `http://localhost:${space.env.PORT}/stories/${doc.slug}?topic=${doc.discourse!.externalId}`,
    )
    const raw = firstPostRaw(space.simulator, doc.discourse!.topicId!)
    expect(raw).toContain('## What happened')
    expect(raw).toContain('We planted three hundred trees together.')
    expect(apiWrites(space.simulator)).toEqual(['POST /posts.json'])
  })

  it('edits the first post and title only when the rendered content changed', async () => {
    const created = await publish(story('Community garden opens in Nairobi'))
    await drainSyncQueue(space.payload)
    await clearRequestLog(space.simulator)
    await edit(created.id, { tags: ['Trees', 'Lagos'] }) // renders the same
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toEqual([])
    await edit(created.id, {
      body: lexicalDocument([paragraphNode('The garden now feeds forty families.')]),
    })
    await drainSyncQueue(space.payload)
    const doc = await read(created.id)
    expect(apiWrites(space.simulator)).toEqual([`PUT /posts/${doc.discourse?.firstPostId}.json`])
    expect(firstPostRaw(space.simulator, doc.discourse!.topicId!)).toContain(
      'The garden now feeds forty families.',
    )
    await clearRequestLog(space.simulator)
    await edit(created.id, { title: 'Community garden opens in Nairobi, feeds forty families' })
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toEqual([`PUT /t/-/${doc.discourse?.topicId}.json`])
    expect(space.simulator.state.topics.get(doc.discourse!.topicId!)!.title).toBe(
      'Community garden opens in Nairobi, feeds forty families',
    )
  })

  it('carries tags and category on every edit, in the one topic update', async () => {
    const created = await publish(story('Tags follow the story in Dakar'))
    await drainSyncQueue(space.payload)
    const { topicId } = (await read(created.id)).discourse!
    expect(space.simulator.state.topics.get(topicId!)!.tags).toEqual(['trees', 'lagos'])
    await clearRequestLog(space.simulator)
    await edit(created.id, { tags: ['Trees', 'Dakar', 'Solar'] })
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toEqual([`PUT /t/-/${topicId}.json`])
    expect(space.simulator.state.topics.get(topicId!)!.tags).toEqual(['trees', 'dakar', 'solar'])
    await edit(created.id, { tags: [] })
    await drainSyncQueue(space.payload)
    expect(space.simulator.state.topics.get(topicId!)!.tags).toEqual([])
    expect((await read(created.id)).discourse?.syncState).toBe('synced')
  })

  it('gives a story whose title another topic has its own topic, titled "· 2", without a person', async () => {
    const first = await publish(story('Repair café opens in Dakar'))
    await drainSyncQueue(space.payload)
    const second = await publish(story('Repair café opens in Dakar'))
    await drainSyncQueue(space.payload)
    const a = (await read(first.id)).discourse!
    const b = (await read(second.id)).discourse!
    expect(a).toMatchObject({ syncState: 'synced', forumTitle: null })
    expect(b).toMatchObject({ syncState: 'synced', forumTitle: 'Repair café opens in Dakar · 2' })
    expect(b.topicId).not.toBe(a.topicId)
    expect(space.simulator.state.topics.get(b.topicId!)!.title).toBe(
      'Repair café opens in Dakar · 2',
    )
    // Later edits keep the forum title while the story's title is unchanged...
    await clearRequestLog(space.simulator)
    await edit(second.id, {
      body: lexicalDocument([paragraphNode('Bring a broken kettle on Saturday.')]),
    })
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toEqual([`PUT /posts/${b.firstPostId}.json`])
    // ...and a new title is tried plain again.
    await edit(second.id, { title: 'Second repair café opens in Dakar' })
    await drainSyncQueue(space.payload)
    expect((await read(second.id)).discourse).toMatchObject({
      syncState: 'synced',
      forumTitle: null,
    })
    expect(space.simulator.state.topics.get(b.topicId!)!.title).toBe(
      'Second repair café opens in Dakar',
    )
  })

  it('links a story re-created after deletion under the same slug to a new topic of its own', async () => {
    const old = await publish(story('Bike library opens in Bogotá'))
    await drainSyncQueue(space.payload)
    const before = await read(old.id)
    await space.payload.delete({ collection: 'stories', id: old.id, overrideAccess: true })
    await drainSyncQueue(space.payload)
    // The old topic stays on the forum, closed: its title and embed URL stay taken.
    expect(space.simulator.state.topics.get(before.discourse!.topicId!)!.closed).toBe(true)
    const again = await publish(story('Bike library opens in Bogotá'))
    await drainSyncQueue(space.payload)
    const doc = await read(again.id)
    expect(doc.slug).toBe(before.slug)
    expect(doc.discourse).toMatchObject({
      syncState: 'synced',
      forumTitle: 'Bike library opens in Bogotá · 2',
    })
    expect(doc.discourse!.topicId).not.toBe(before.discourse!.topicId)
    const topic = space.simulator.state.topics.get(doc.discourse!.topicId!)!
    expect(topic).toMatchObject({ visible: true, closed: false })
    expect(topic.embed_url).not.toBe(
      space.simulator.state.topics.get(before.discourse!.topicId!)!.embed_url,
    )
  })

  it('coalesces rapid edits into one request', async () => {
    const created = await publish(story('Rapid edits to a report from Lima'))
    await drainSyncQueue(space.payload)
    await clearRequestLog(space.simulator)
    for (let i = 1; i <= 5; i++)
      await edit(created.id, {
        body: lexicalDocument([paragraphNode(`Version ${i} of the report.`)]),
      })
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toHaveLength(1)
    const doc = await read(created.id)
    expect(firstPostRaw(space.simulator, doc.discourse!.topicId!)).toContain(
      'Version 5 of the report.',
    )
    expect(doc.discourse?.syncedVersion).toBe(doc.discourse?.owedVersion)
  })

  it('unlists the topic when the story is archived and lists it again when republished', async () => {
    const created = await publish(story('Solar panels for the Accra library'))
    await drainSyncQueue(space.payload)
    const { topicId } = (await read(created.id)).discourse!
    await edit(created.id, { status: 'archived' })
    await drainSyncQueue(space.payload)
    expect(space.simulator.state.topics.get(topicId!)!.visible).toBe(false)
    await edit(created.id, { status: 'published' })
    await drainSyncQueue(space.payload)
    expect(space.simulator.state.topics.get(topicId!)!.visible).toBe(true)
    expect(
      topicsWithExternalId(space.simulator, (await read(created.id)).discourse!.externalId!),
    ).toHaveLength(1)
  })

  it('closes and unlists the topic when the story is deleted', async () => {
    const created = await publish(story('A story that will be deleted soon'))
    await drainSyncQueue(space.payload)
    const { topicId } = (await read(created.id)).discourse!
    await space.payload.delete({ collection: 'stories', id: created.id, overrideAccess: true })
    await drainSyncQueue(space.payload)
    expect(space.simulator.state.topics.get(topicId!)).toMatchObject({
      closed: true,
      visible: false,
      deleted_at: null,
    })
  })

  it('creates no topic for a draft', async () => {
    await publish(story('Draft about the coastal cleanup', { status: 'draft' }))
    await drainSyncQueue(space.payload)
    expect(apiWrites(space.simulator)).toEqual([])
  })
})
