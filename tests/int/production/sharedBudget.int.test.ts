// One request budget per forum API key across processes: two Payload instances on one SQLite
// file (two processes as the database sees them), each with its own bridge sized to the whole
// DISCOURSE_MAX_REQUESTS_PER_MINUTE, against a simulator allowing exactly that many. Each alone
// would be at its limit, so two with budgets of their own would meet 429s; sharing, they
// never do, and together they keep the one pace.
import { getPayload, type Payload } from 'payload'
import { createBridge, type Bridge } from '@/bridge/createBridge'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { bootWithSimulator } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'

const RATE = 300
// More than one minute's allowance: two budgets of their own would send it in half a minute.
const REQUESTS = 330
const INTERVAL = Math.ceil(60_000 / (RATE * 0.97))

const space = bootForSuite(() =>
  bootWithSimulator(
    { DISCOURSE_MAX_REQUESTS_PER_MINUTE: String(RATE) },
    { webhook: false, simulator: { maxAdminApiReqsPerMinute: RATE, logger: false } },
  ),
)

let second: Payload
let secondBridge: Bridge

beforeAll(async () => {
  secondBridge = createBridge(space.env)
  second = await getPayload({
    config: createPayloadConfig(space.env, { bridge: secondBridge }),
    key: 'second-process',
  })
  secondBridge.attach(second)
})

afterAll(async () => {
  await second?.destroy()
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('second-process')
})

it('two processes on one database share the forum budget: no 429, one pace', async () => {
  const clients = [space.bridge.client, secondBridge.client]
  space.simulator.reset()
  await Promise.all(Array.from({ length: REQUESTS }, (_, i) => clients[i % 2]!.getSiteBasicInfo()))
  const log = space.simulator.requests().filter((r) => r.path.startsWith('/site/basic-info'))
  expect(log).toHaveLength(REQUESTS)
  expect(log.filter((r) => r.status === 429)).toEqual([])
  const times = log.map((r) => Date.parse(r.time)).sort((a, b) => a - b)
  // Discourse's own rule, a sliding minute: never more than RATE requests in one.
  let busiestMinute = 0
  for (let last = 0, first = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 60_000) first++
    busiestMinute = Math.max(busiestMinute, last - first + 1)
  }
  expect(busiestMinute).toBeLessThanOrEqual(RATE)
  // One pace for both: the span is that of REQUESTS requests at one interval, not two.
  expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((REQUESTS - 1) * INTERVAL * 0.95)
  // Each process drew on the budget.
  expect(clients.map((c) => c.requestCount())).toEqual([REQUESTS / 2, REQUESTS / 2])
})
