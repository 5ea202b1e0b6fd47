// A job whose row disappears while it runs (another worker's clean-up, an operator) must not
// cost the worker a database connection. Payload's job-update helper begins a transaction and
// did not roll it back when its write failed: the task's log row, written for the deleted job,
// breaks the foreign key, and the session stayed "idle in transaction (aborted)". Ten of those
// emptied the pool and the outbox stopped draining (seen in the multi-worker suite).
import { Client as PgClient } from 'pg'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { bootWithSimulator, type SpaceWithSimulator } from '@/harness/bootSpace'
import { startPostgres, type PostgresServer } from '@/harness/postgres'
import { JOBS_COLLECTION, SYNC_QUEUE, syncConcurrencyKey } from '@/bridge/outbox/jobs'

let pg: PostgresServer
let databaseUrl: string
let space: SpaceWithSimulator

const sql = async <R>(query: string): Promise<R[]> => {
  const client = new PgClient({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(query)).rows as R[]
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  pg = await startPostgres()
  databaseUrl = await pg.createDatabase()
  space = await bootWithSimulator(
    { DATABASE_URL: databaseUrl, DISCOURSE_SYNC_COALESCE_MS: '0', DISCOURSE_TIMEOUT_MS: '60000' },
    { webhook: false },
  )
})

afterAll(async () => {
  await space?.close()
  await pg?.stop()
})

it('a job deleted while it runs leaves no transaction open', async () => {
  for (let round = 0; round < 3; round++) {
    let deleted: Promise<unknown> | undefined
    let reads = 0
    // When the forum request arrives, the job's row goes; the forum answers after a pause
    // (the fault is read twice per request: to check, then to wait).
    Object.defineProperty(space.simulator.faults, 'latencyMs', {
      configurable: true,
      get: () => {
        deleted ??= sql(`delete from payload_jobs where queue = '${SYNC_QUEUE}'`)
        return reads++ < 2 ? 1500 : 0
      },
      set: () => undefined,
    })
    const story = await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: `Round ${round} of the clean-up race`,
        body: lexicalDocument([paragraphNode('Neighbours met to plan the week.')]),
        status: 'published',
      } as never,
    })
    const [job] = (
      await space.payload.find({
        collection: JOBS_COLLECTION,
        where: { concurrencyKey: { equals: syncConcurrencyKey('stories', story.id) } },
        overrideAccess: true,
      })
    ).docs
    await space.payload.jobs.runByID({ id: job!.id, overrideAccess: true }).catch(() => undefined)
    await deleted
    // The task did its work before its log write failed: the story is linked.
    const saved = await space.payload.findByID({
      collection: 'stories',
      id: story.id,
      overrideAccess: true,
    })
    expect(saved.discourse?.topicId).toBeGreaterThan(0)
    // Each leaked session would have kept one of the pool's ten connections for good.
    const open = await sql<{ state: string }>(
      `select state from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`,
    )
    expect({ round, open }).toEqual({ round, open: [] })
  }
})
