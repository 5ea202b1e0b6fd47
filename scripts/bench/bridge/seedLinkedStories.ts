// N stories already linked to N topics, as after months of publishing: the topics created
// straight in the simulator's state (no HTTP, no webhooks, nothing in its request log) and the
// stories inserted by the load benchmark's seeder with their `discourse` group filled in.
import type { Payload } from 'payload'
import type { Simulator } from '@/simulator'
import { createReply, createTopic, type Forum } from '@/simulator/forum'
import { findUserByUsername, type SimTopic } from '@/simulator/state'
import { seedStories } from '../load/seedStories'

/** The simulator's forum without webhooks: activity a benchmark makes costs no delivery. */
export const quietForum = (simulator: Simulator): Forum => ({
  state: simulator.state,
  settings: simulator.settings,
  notify: () => undefined,
})

export const seedLinkedStories = async (
  payload: Payload,
  simulator: Simulator,
  count: number,
  categoryId: number,
) => {
  const forum = quietForum(simulator)
  const system = findUserByUsername(simulator.state, 'system')!
  const topics: SimTopic[] = []
  for (let n = 0; n < count; n++) {
    const made = createTopic(forum, system, {
      title: `Linked dispatch number ${n} from the movement`,
      raw: `The first post of linked dispatch ${n}, long enough for Discourse's minimum.`,
      category: categoryId,
      external_id: `space-bench-story-${n}`,
    })
    if (!made.ok) throw new Error(`seeding topic ${n}: ${made.errors.join('; ')}`)
    topics.push(made.value.topic)
  }
  await seedStories(payload, count, {
    extra: (n) => ({
      discourse_topicId: topics[n]!.id,
      discourse_topicUrl: `${simulator.url}/t/${topics[n]!.slug}/${topics[n]!.id}`,
      discourse_externalId: topics[n]!.external_id,
      discourse_syncState: 'synced',
    }),
  })
  // The simulator hands out strictly increasing timestamps, ahead of the clock after a burst:
  // wait them out, so a pass that starts now sees every seeded topic as older than itself.
  while (Date.now() <= simulator.state.lastTimestamp + 5)
    await new Promise((r) => setTimeout(r, 10))
  return topics
}

/** One community reply on each topic: it bumps the topic, as any reply on Discourse does. */
export const replyOn = (simulator: Simulator, topics: SimTopic[]) => {
  const forum = quietForum(simulator)
  const user = findUserByUsername(simulator.state, 'system')!
  for (const topic of topics) {
    const r = createReply(
      forum,
      topic,
      user,
      `A reply from the community on topic ${topic.id}, thanks for sharing.`,
    )
    if (!r.ok) throw new Error(r.errors.join('; '))
  }
}
