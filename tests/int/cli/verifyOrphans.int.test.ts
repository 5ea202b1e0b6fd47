// verify's orphan scan, run as the real CLI subprocess: topics made with Space's external-id
// prefix that no document holds are found from the forum's listings (Space's categories and
// /latest), whether the listings carry external_id or not, and a scan that cannot read it from
// the listings says so instead of reporting "0 orphans" in silence.
import { randomUUID } from 'node:crypto'
import { createDiscourseClient } from '@/bridge/discourse'
import { ORPHAN_SCAN_BUDGET } from '@/bridge/admin/findOrphanTopics'
import { drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { bootCliSpace, publishedStory } from './cliSpace'
import { clearSimulatorRequests, exitOf, runCli, simulatorRequests } from './runCli'

const space = bootForSuite(bootCliSpace)
const client = () =>
  createDiscourseClient({
    baseUrl: space.simulator.url,
    apiKey: 'simulator-key',
    apiUsername: 'system',
  })
const listExternalIds = (on: boolean) =>
  controlFetch(`${space.simulator.url}/__simulator/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic_list_external_ids: on }),
  })
/** A topic made on the forum with an external id no document holds, as a deleted row leaves. */
const forumTopic = async (title: string, externalId: string, categoryId?: number) =>
  (
    await client().createTopic({
      title,
      raw: 'A first post that Space wrote long ago, for a story it no longer has.',
      externalId,
      categoryId,
    })
  ).topicId
const topicViewsOf = async (topicIds: number[]) =>
  (await simulatorRequests(space.simulator.url)).filter(
    (r) => r.method === 'GET' && topicIds.some((id) => r.path.startsWith(`/t/${id}.json`)),
  )

const ids: { story?: number; event?: number; foreign?: number } = {}
const NO_EXTERNAL_ID_IN_LISTINGS =
  "the forum's listings carry no external_id: orphans cannot be detected from listings"

beforeAll(async () => {
  // Space's category on the forum (mapped, as an editor maps one): its listing is read first.
  await space.payload.create({
    collection: 'categories',
    data: { name: 'News on the forum', slug: 'forum-news', discourseCategoryId: 5 },
    overrideAccess: true,
  })
  await publishedStory(space, 'linked-story', 'A linked story that is in step with its topic')
  await drainSyncQueue(space.payload)
  ids.story = await forumTopic('A story Space deleted long ago', `space-story-${randomUUID()}`, 5)
  // Moved to a category Space does not use: only /latest shows it.
  ids.event = await forumTopic(
    'An event moved to another category',
    `space-event-${randomUUID()}`,
    1,
  )
  ids.foreign = await forumTopic('A topic another tool made itself', `wp-discourse-${randomUUID()}`)
})

describe('verify finds orphan topics from the listings', () => {
  it('reads external_id from the listings when the forum sends it: no topic lookups', async () => {
    await listExternalIds(true)
    await clearSimulatorRequests(space.simulator.url)
    const run = await runCli(['verify', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 1')
    const result = run.json()
    expect(result.orphans.map((o: any) => o.topicId).sort()).toEqual([ids.story, ids.event].sort())
    expect(result.orphanScan).toMatchObject({
      listingsCarryExternalId: true,
      topicLookups: 0,
      notes: [],
    })
    expect(result.orphanScan.listingPages).toBeLessThanOrEqual(ORPHAN_SCAN_BUDGET.listingPages)
    expect(result.items).toContainEqual(
      expect.objectContaining({
        topicId: ids.story,
        status: 'failed',
        action: 'orphan topic: no story or event holds its external_id',
      }),
    )
    expect(await topicViewsOf([ids.story!, ids.event!, ids.foreign!])).toEqual([])
  })

  it('says so when the listings omit external_id, and still finds the orphans topic by topic', async () => {
    await listExternalIds(false)
    const json = await runCli(['verify', '--json'], space.cliEnv)
    expect(exitOf(json)).toBe('exit 1')
    const result = json.json()
    expect(result.orphans.map((o: any) => o.topicId).sort()).toEqual([ids.story, ids.event].sort())
    expect(result.orphanScan.listingsCarryExternalId).toBe(false)
    expect(result.orphanScan.topicLookups).toBe(3)
    expect(result.orphanScan.notes).toEqual([
      `${NO_EXTERNAL_ID_IN_LISTINGS}; 3 of 3 unlinked topic(s) were looked up one by one`,
    ])

    const text = await runCli(['verify'], space.cliEnv)
    expect(exitOf(text)).toBe('exit 1')
    expect(text.stdout).toContain('Checked 1 linked document(s): 0 drifted, 2 orphan topic(s)')
    expect(text.stdout).toContain(`Orphan check: ${NO_EXTERNAL_ID_IN_LISTINGS}`)
    expect(text.stdout).toMatch(
      new RegExp(`✗ "A story Space deleted long ago" \\(topic ${ids.story}\\): orphan topic`),
    )
  })

  it('stops looking topics up at its budget and says how many it could not check', async () => {
    const extra = ORPHAN_SCAN_BUDGET.topicLookups
    for (let i = 0; i < extra; i++)
      await forumTopic(`Community topic number ${i} about the river`, `community-${randomUUID()}`)
    const run = await runCli(['verify', '--json'], space.cliEnv)
    const result = run.json()
    expect(result.orphanScan.topicLookups).toBe(ORPHAN_SCAN_BUDGET.topicLookups)
    const unlinked = extra + 3
    expect(result.orphanScan.notes).toEqual([
      `${NO_EXTERNAL_ID_IN_LISTINGS}; ${ORPHAN_SCAN_BUDGET.topicLookups} of ${unlinked} unlinked topic(s) were looked up one by one` +
        ` (the budget of ${ORPHAN_SCAN_BUDGET.topicLookups} lookups was spent: ${unlinked - ORPHAN_SCAN_BUDGET.topicLookups} not checked)`,
    ])
    // Space's category is read first, so its orphan is found; /latest, newest first, spends the
    // rest of the budget on the new topics before it reaches the moved event's.
    expect(result.orphans.map((o: any) => o.topicId)).toEqual([ids.story])
    expect(exitOf(run)).toBe('exit 1')
  })
})
