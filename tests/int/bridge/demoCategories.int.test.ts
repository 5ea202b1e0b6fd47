// A demo (`npm start` with no DISCOURSE_URL) files Space's topics where the built-in simulator
// keeps them: a story in its category's mapped Discourse category, else in Space News; an event
// in Events. Never in Uncategorized.
import { DEFAULT_CATEGORY_IDS } from '@/simulator'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { berlinAssembly } from '@/tests/fixtures/events'

const space = bootForSuite(() => bootWithSimulator({}, { builtIn: true }))

/** One of the categories Space seeds on a fresh database (News, Projects, ...), which map no Discourse category. */
const seededCategory = async (slug: string) => {
  const { docs } = await space.payload.find({
    collection: 'categories',
    where: { slug: { equals: slug } },
    overrideAccess: true,
  })
  expect(docs[0]?.discourseCategoryId ?? null).toBeNull()
  return docs[0]!
}

const publishStory = (title: string, categoryId?: number | string) =>
  space.payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      title,
      summary: 'Volunteers met on Saturday to plant trees along the river.',
      body: lexicalDocument([
        headingNode('What happened'),
        paragraphNode('We planted three hundred trees together.'),
      ]),
      status: 'published',
      ...(categoryId === undefined ? {} : { category: categoryId }),
    } as never,
  })

const topicCategoryOf = async (collection: 'stories' | 'events', id: number | string) => {
  const doc = await space.payload.findByID({ collection, id, overrideAccess: true, depth: 0 })
  expect(doc.discourse?.syncState).toBe('synced')
  return space.simulator.state.topics.get(doc.discourse!.topicId!)!.category_id
}

describe('topic categories in a demo with the built-in simulator', () => {
  it('talks to the simulator as npm start does (no DISCOURSE_URL)', () => {
    expect(space.env.DISCOURSE_URL).toBeUndefined()
    expect(space.env.SIMULATOR_PORT).toBe(space.simulator.port)
  })

  it('files a story whose category has no Discourse mapping in Space News, not Uncategorized', async () => {
    const news = await seededCategory('news')
    const withCategory = await publishStory('Ten thousand trees for Kathmandu valley', news.id)
    const without = await publishStory('Meet the Nairobi river keepers this weekend')
    await drainSyncQueue(space.payload)
    expect(await topicCategoryOf('stories', withCategory.id)).toBe(DEFAULT_CATEGORY_IDS.spaceNews)
    expect(await topicCategoryOf('stories', without.id)).toBe(DEFAULT_CATEGORY_IDS.spaceNews)
  })

  it("files a story in its category's Discourse category when the category maps one", async () => {
    const projects = await space.payload.update({
      collection: 'categories',
      id: (await seededCategory('projects')).id,
      data: { discourseCategoryId: DEFAULT_CATEGORY_IDS.general },
      overrideAccess: true,
    })
    const story = await publishStory('Mumbai gets ready for the monsoon season', projects.id)
    await drainSyncQueue(space.payload)
    expect(await topicCategoryOf('stories', story.id)).toBe(DEFAULT_CATEGORY_IDS.general)
  })

  it('files an event in Events', async () => {
    const event = await space.payload.create({
      collection: 'events',
      overrideAccess: true,
      data: berlinAssembly() as never,
    })
    await drainSyncQueue(space.payload)
    expect(await topicCategoryOf('events', event.id)).toBe(DEFAULT_CATEGORY_IDS.events)
  })
})
