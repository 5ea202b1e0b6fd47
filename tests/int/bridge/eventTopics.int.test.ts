import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { firstPostRaw, topicsWithExternalId } from '@/tests/helpers/simulatorTopics'
import { berlinAssembly } from '@/tests/fixtures/events'

const space = bootForSuite(() => bootWithSimulator({ DISCOURSE_EVENTS_CATEGORY_ID: '6' }))

const read = (id: number | string) =>
  space.payload.findByID({ collection: 'events', id, overrideAccess: true, depth: 0 })

describe('event topics on Discourse', () => {
  it('publishing, editing and cancelling an event keeps one topic with the right [event] markup', async () => {
    const event = await space.payload.create({
      collection: 'events',
      overrideAccess: true,
      data: berlinAssembly() as never,
    })
    await drainSyncQueue(space.payload)
    let doc = await read(event.id)
    const topicId = doc.discourse!.topicId!
    expect(doc.discourse?.syncState).toBe('synced')
    const topic = space.simulator.state.topics.get(topicId)!
    expect(topic).toMatchObject({
      title: 'Climate assembly in Berlin',
      category_id: 6,
      visible: true,
    })
    // 18:00 Berlin (CET) on the 28th to 18:00 Berlin (CEST) on the 29th: wall-clock times in the event's zone.
    expect(firstPostRaw(space.simulator, topicId)).toMatch(
      /\[event start="2026-03-28 18:00" end="2026-03-29 18:00"[^\]]*timezone="Europe\/Berlin"[^\]]*status="public"[^\]]*name="Climate assembly in Berlin"/,
    )

    await space.payload.update({
      collection: 'events',
      id: event.id,
      overrideAccess: true,
      data: { start: '2026-03-28T18:00:00.000Z' } as never,
    })
    await drainSyncQueue(space.payload)
    expect(firstPostRaw(space.simulator, topicId)).toContain('start="2026-03-28 19:00"')

    await space.payload.update({
      collection: 'events',
      id: event.id,
      overrideAccess: true,
      data: { status: 'cancelled' } as never,
    })
    await drainSyncQueue(space.payload)
    doc = await read(event.id)
    expect(space.simulator.state.topics.get(topicId)!.title).toBe(
      'Cancelled: Climate assembly in Berlin',
    )
    expect(firstPostRaw(space.simulator, topicId)).toContain(
      'name="Cancelled: Climate assembly in Berlin"',
    )
    expect(topicsWithExternalId(space.simulator, doc.discourse!.externalId!)).toHaveLength(1)
    expect(doc.discourse?.externalId).toMatch(/^space-event-/)
  })
})
