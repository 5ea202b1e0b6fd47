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
    expect(topics[0]!.embed_url).toBe(`http://localhost:${space.env.PORT}/stories/${doc.slug}`)
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
