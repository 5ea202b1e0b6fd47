// The two post listings reconciliation and the topic refresh read, held to Discourse's official
// OpenAPI specification as discourseContract.test.ts holds the rest: the latest posts across
// topics (listPosts, paged with `before`) and chosen posts of one topic by id
// (getSpecificPostsFromTopic). The simulator's answers must match the response schemas.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDiscourseClient } from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'
import {
  compileSchema,
  describeErrors,
  findOperation,
  loadDiscourseSpec,
  type OpenApiDocument,
} from '../helpers/discourseSpec'
import { createRecordingAdapter, type Exchange } from './recordingAdapter'

let spec: OpenApiDocument
let simulator: Simulator
let exchanges: Exchange[]
let latest: Awaited<ReturnType<ReturnType<typeof createDiscourseClient>['listLatestPosts']>>
let older: typeof latest
let chosen: Awaited<ReturnType<ReturnType<typeof createDiscourseClient>['getTopicPosts']>>
let topicId: number

beforeAll(async () => {
  spec = await loadDiscourseSpec()
  simulator = await startSimulator({ port: 0, logger: false, maxAdminApiReqsPerMinute: 10_000 })
  const recorder = createRecordingAdapter()
  exchanges = recorder.exchanges
  const client = createDiscourseClient({
    baseUrl: simulator.url,
    apiKey: 'simulator-key',
    apiUsername: 'system',
    adapter: recorder.adapter,
  })
  const created = await client.createTopic({
    title: 'Volunteers map the river crossings of the delta',
    raw: 'A body long enough for Discourse to accept it, about the crossings.',
    categoryId: 5,
    externalId: 'story-post-lists-1',
  })
  topicId = created.topicId
  // 60 replies: more than one page of the latest-posts listing and than the topic view's 20.
  await fetch(`${simulator.url}/__simulator/topics/${topicId}/activity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replies: 60 }),
  })
  latest = await client.listLatestPosts()
  older = await client.listLatestPosts(Math.min(...latest.map((p) => p.id)))
  const topic = await client.getTopic(topicId)
  chosen = await client.getTopicPosts(topicId, topic.post_stream.stream!.slice(-3))
})

afterAll(async () => {
  await simulator?.close()
})

describe('the post listings', () => {
  it('belong to documented operations, and their answers match the official response schemas', () => {
    const failures: string[] = []
    const seen = new Set<string>()
    for (const x of exchanges) {
      const op = findOperation(spec, x.method, x.path.split('?')[0])
      if (!op || !['listPosts', 'getSpecificPostsFromTopic'].includes(op.operationId)) continue
      seen.add(op.operationId)
      expect(x.status).toBe(200)
      const validate = compileSchema(op.responses['200'].content!['application/json'].schema)
      if (!validate(x.responseBody))
        failures.push(`${x.method} ${x.path}: ${describeErrors(validate).slice(0, 5).join('; ')}`)
    }
    expect([...seen].sort()).toEqual(['getSpecificPostsFromTopic', 'listPosts'])
    expect(failures).toEqual([])
  })

  it('lists the newest posts first, 50 ids a page, and pages back with before', () => {
    expect(latest).toHaveLength(50)
    expect(latest.map((p) => p.id)).toEqual([...latest.map((p) => p.id)].sort((a, b) => b - a))
    expect(latest[0]).toMatchObject({ topic_id: topicId, post_number: 61 })
    const lowest = Math.min(...latest.map((p) => p.id))
    // Discourse's controller reads ids up to `before`, the one given included.
    expect(older[0]!.id).toBe(lowest)
    expect(older.map((p) => p.post_number).at(-1)).toBe(1)
  })

  it('fetches posts of one topic by id, past the 20 the topic view carries', () => {
    expect(chosen.map((p) => p.post_number)).toEqual([59, 60, 61])
  })
})
