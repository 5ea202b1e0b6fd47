// A writer forging the bridge's bookkeeping through the API, end to end against the simulator:
// the takeover of another story's topic, a story hidden from the forum by a forged state, a
// "Join the discussion" link to another site, and invented activity on the public page.
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'
import { firstPostRaw, topicsWithExternalId } from '@/tests/helpers/simulatorTopics'
import { client } from '@/tests/helpers/users'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'

const { space, users } = bootWithUsers(() => bootWithSimulator())
let as: ReturnType<typeof client>['as']

beforeAll(async () => {
  as = client(space.url, users).as
})

const read = (id: number) =>
  space.payload.findByID({ collection: 'stories', id, overrideAccess: true, depth: 0 })

/** An editor takes a contributor's submitted story through review to publication, as the admin does. */
const reviewAndPublish = async (id: number) => {
  for (const status of ['in_review', 'approved', 'published']) {
    const res = await as('editor').patch(`/api/stories/${id}`, { status })
    expect(res.status).toBe(200)
  }
}

const forgedDraft = async (title: string, discourse: Record<string, unknown>) => {
  const res = await as('contributor').post('/api/stories', {
    title,
    summary: 'A story written to take over the forum topic of another one.',
    body: lexicalDocument([paragraphNode('Text the contributor wants on somebody else’s topic.')]),
    status: 'submitted',
    discourse,
  })
  expect(res.status).toBe(201)
  return res.body.doc.id as number
}

describe('forged bridge bookkeeping', () => {
  it('leaves another story’s topic untouched when a draft carries its topic and post ids', async () => {
    const victim = await space.payload.create({
      collection: 'stories',
      data: {
        title: 'The river clean-up drew two hundred volunteers',
        summary: 'A real story with its own topic.',
        body: lexicalDocument([paragraphNode('Two hundred people cleaned the riverbank.')]),
        status: 'published',
      } as never,
      overrideAccess: true,
    })
    await drainSyncQueue(space.payload)
    const victimDoc = await read(victim.id)
    const topicId = victimDoc.discourse!.topicId!
    const rawBefore = firstPostRaw(space.simulator, topicId)

    const attacker = await forgedDraft('Forged takeover of a forum topic', {
      topicId,
      firstPostId: victimDoc.discourse!.firstPostId,
      topicSlug: victimDoc.discourse!.topicSlug,
      externalId: victimDoc.discourse!.externalId,
      syncState: 'synced',
    })
    const stored = await read(attacker)
    expect(stored.discourse?.topicId ?? null).toBeNull()
    expect(stored.discourse?.firstPostId ?? null).toBeNull()
    expect(stored.discourse?.externalId).not.toBe(victimDoc.discourse!.externalId)

    await reviewAndPublish(attacker)
    await drainSyncQueue(space.payload)
    const topic = space.simulator.state.topics.get(topicId)!
    expect(topic.title).toBe('The river clean-up drew two hundred volunteers')
    expect(firstPostRaw(space.simulator, topicId)).toBe(rawBefore)
    const attackerDoc = await read(attacker)
    expect(attackerDoc.discourse?.syncState).toBe('synced')
    expect(attackerDoc.discourse?.topicId).not.toBe(topicId)
    expect(topicsWithExternalId(space.simulator, attackerDoc.discourse!.externalId!)).toHaveLength(
      1,
    )

    // Unpublishing the forged story unlists its own topic, never the victim's.
    expect(
      (await as('editor').patch(`/api/stories/${attacker}`, { status: 'archived' })).status,
    ).toBe(200)
    await drainSyncQueue(space.payload)
    expect(space.simulator.state.topics.get(topicId)!.visible).toBe(true)
    expect(space.simulator.state.topics.get(attackerDoc.discourse!.topicId!)!.visible).toBe(false)
  })

  it('publishes a story whose writer stored syncState topic_deleted, a foreign topicUrl and invented counts', async () => {
    const id = await forgedDraft('A story with invented forum activity', {
      syncState: 'topic_deleted',
      topicUrl: 'https://evil.example.net/phish',
      replyCount: 999,
      likeCount: 999,
      views: 999_999,
      participants: 99,
      latestReplies: [
        { id: 1, username: 'fake', excerpt: 'Fake praise', createdAt: '2001-01-01T00:00:00.000Z' },
      ],
    })
    expect((await read(id)).discourse).toMatchObject({
      syncState: 'none',
      replyCount: 0,
      likeCount: 0,
      views: 0,
      participants: 0,
    })
    // Editors cannot forge them either.
    expect(
      (
        await as('editor').patch(`/api/stories/${id}`, {
          discourse: { topicUrl: 'https://evil.example.net/x', views: 5 },
        })
      ).status,
    ).toBe(200)
    await reviewAndPublish(id)
    await drainSyncQueue(space.payload)
    const doc = await read(id)
    expect(doc.discourse?.syncState).toBe('synced')
    expect(doc.discourse?.topicUrl?.startsWith(space.simulator.url)).toBe(true)
    expect(doc.discourse).toMatchObject({ replyCount: 0, likeCount: 0, participants: 0 })
    expect(doc.discourse?.latestReplies ?? []).toEqual([])
    const page = await as('anonymous').get(`/api/stories/${id}?depth=0`)
    expect(JSON.stringify(page.body)).not.toContain('evil.example.net')
    expect(JSON.stringify(page.body)).not.toContain('Fake praise')
  })
})
