// One request budget per forum API key across processes: two Payload instances on one SQLite
// file (two processes as the database sees them), each with its own bridge sized to the whole
// DISCOURSE_MAX_REQUESTS_PER_MINUTE. Each alone would be at its limit, so two with budgets of
// their own would send twice the forum's rate; sharing, they keep to it together. Judged by
// when each limiter let its requests go: the simulator runs in this same loaded event loop, so
// the times it sees requests arrive carry this process's lag on top (the multi-process test,
// with the product in processes of its own, holds the forum's 429 count to zero).
import { getPayload, type Payload } from 'payload'
import { createBridge, type Bridge } from '@/bridge/createBridge'
import type { DiscourseLimiter } from '@/bridge/discourse'
import type { Env } from '@/config/env'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { bootWithSimulator } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'

const RATE = 300
// More than one minute's allowance: two budgets of their own would send it in half a minute.
const REQUESTS = 330
const INTERVAL = Math.ceil(60_000 / (RATE * 0.97))

const starts: Array<{ at: number; by: string }> = []
/** The product's bridge, its limiter noting when it lets each request go. */
const recordingBridge = (by: string) => (env: Env) =>
  createBridge(env, {
    limiter: (inner): DiscourseLimiter => ({
      ...inner,
      schedule: (task) =>
        inner.schedule(() => {
          starts.push({ at: Date.now(), by })
          return task()
        }),
    }),
  })

const space = bootForSuite(() =>
  bootWithSimulator(
    { DISCOURSE_MAX_REQUESTS_PER_MINUTE: String(RATE) },
    {
      webhook: false,
      simulator: { maxAdminApiReqsPerMinute: RATE, logger: false },
      bridge: recordingBridge('first'),
    },
  ),
)

let second: Payload
let secondBridge: Bridge

beforeAll(async () => {
  secondBridge = recordingBridge('second')(space.env)
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

/** The most starts within any 60 s: Discourse's own rule is a sliding minute. */
const busiestMinute = (times: number[]) => {
  let most = 0
  for (let last = 0, first = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 60_000) first++
    most = Math.max(most, last - first + 1)
  }
  return most
}

it('two processes on one database share the forum budget: one pace, within the limit', async () => {
  const clients = [space.bridge.client, secondBridge.client]
  starts.length = 0
  await Promise.all(Array.from({ length: REQUESTS }, (_, i) => clients[i % 2]!.getSiteBasicInfo()))
  const times = starts.map((s) => s.at).sort((a, b) => a - b)
  expect(times.length).toBeGreaterThanOrEqual(REQUESTS)
  expect(busiestMinute(times)).toBeLessThanOrEqual(RATE)
  // One pace for both: the span is that of REQUESTS requests at one interval, not two.
  expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((REQUESTS - 1) * INTERVAL * 0.95)
  // Each process drew on the budget.
  expect(new Set(starts.map((s) => s.by))).toEqual(new Set(['first', 'second']))
  const log = space.simulator.requests().filter((r) => r.path.startsWith('/site/basic-info'))
  expect(log.filter((r) => r.status === 200)).toHaveLength(REQUESTS)
})
