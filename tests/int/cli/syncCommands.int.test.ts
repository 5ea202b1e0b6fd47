// status, push, pull and retry run as the real CLI subprocess against a database prepared
// here and the simulator; also the exit codes for partial failure and bad configuration.
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { bootCliSpace, publishedStory } from './cliSpace'
import {
  exitOf,
  clearSimulatorRequests,
  closedPort,
  databaseSnapshot,
  forumWrites,
  runCli,
} from './runCli'

const space = bootForSuite(bootCliSpace)
const ids: Record<string, string> = {}
const story = (slug: string, title: string) => publishedStory(space, slug, title)

const discourseOf = async (id: string) =>
  (
    (await space.payload.findByID({
      collection: 'stories',
      id,
      depth: 0,
      overrideAccess: true,
    })) as { discourse: Record<string, any> }
  ).discourse

beforeAll(async () => {
  ids.river = await story('river-cleanup', 'River clean-up in Lagos draws hundreds')
  ids.garden = await story('school-garden', 'A school garden feeds a whole village')
  // Fewer than the forum's 15-character minimum: Discourse answers 422.
  ids.short = await story('too-short', 'Too short')
})

describe('space-bridge status, push, pull, retry', () => {
  it('status --json reports owed stories, queued jobs and a reachable forum', async () => {
    const run = await runCli(['status', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    const status = run.json()
    expect(status.counts.stories.pending).toBe(3)
    expect(status.discourse).toMatchObject({ ok: true })
    expect(status.jobs.discourse.queued).toBeGreaterThanOrEqual(3)
    expect(status.lastReconciliation).toBeNull()
  })

  it('push --dry-run prints the plan and changes nothing in the database or on the forum', async () => {
    const before = await databaseSnapshot(space.payload)
    await clearSimulatorRequests(space.simulator.url)
    const run = await runCli(['push', '--dry-run'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    expect(run.stdout).toMatch(/would sync/)
    expect(run.stdout).toMatch(/3 planned \(dry run: nothing was changed\)/)
    expect(await databaseSnapshot(space.payload)).toBe(before)
    expect(await forumWrites(space.simulator.url)).toEqual([])
  })

  it('push runs the owed syncs, exits 1 and lists the story the forum refused', async () => {
    const run = await runCli(['push', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 1')
    const result = run.json()
    expect(result.exitCode).toBe(1)
    expect(result.summary).toMatchObject({ ok: 2, failed: 1 })
    const failed = result.items.find((i: any) => i.status === 'failed')
    expect(failed).toMatchObject({ id: ids.short, action: 'sync failed' })
    expect(failed.detail).toMatch(/Title is too short/)
    expect(await discourseOf(ids.river)).toMatchObject({
      syncState: 'synced',
      topicId: expect.any(Number),
    })
    expect(await discourseOf(ids.short)).toMatchObject({ syncState: 'failed' })
  })

  it('status lists the failed story with its last error and exits 1', async () => {
    const run = await runCli(['status'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 1')
    expect(run.stdout).toMatch(/synced\s+2/)
    expect(run.stdout).toMatch(
      /✗ stories \d+ "Too short": Discourse refused it: Title is too short/,
    )
    expect(run.stdout).toMatch(/API key accepted/)
  })

  it('retry --dry-run plans the failed story; retry requeues and runs it once the title is fixed', async () => {
    const dry = await runCli(['retry', '--dry-run'], space.cliEnv)
    expect(exitOf(dry)).toBe('exit 0')
    expect(dry.stdout).toMatch(/~ stories \d+ "Too short": would retry/)
    // Fixed behind the bridge's back (no hooks), so the story stays `failed` until retried.
    await space.payload.db.updateOne({
      collection: 'stories',
      id: ids.short,
      data: { title: 'No longer too short at all' },
    })
    const run = await runCli(['retry', '--story', 'too-short'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    expect(run.stdout).toMatch(/✓ stories \d+ "No longer too short at all": synced/)
    expect(await discourseOf(ids.short)).toMatchObject({
      syncState: 'synced',
      topicId: expect.any(Number),
    })
  })

  it('push --story re-syncs a chosen story by slug; an unknown one is listed and exits 1', async () => {
    const run = await runCli(
      ['push', '--story', 'school-garden', '--story', 'no-such-story'],
      space.cliEnv,
    )
    expect(exitOf(run)).toBe('exit 1')
    expect(run.stdout).toMatch(/✓ stories \d+ "A school garden feeds a whole village": synced/)
    expect(run.stdout).toMatch(/✗ stories no-such-story: not found/)
  })

  it('pull --json runs a reconciliation pass and status then shows its time', async () => {
    const run = await runCli(['pull', '--json'], space.cliEnv)
    expect(exitOf(run)).toBe('exit 0')
    const result = run.json()
    expect(result.report).toMatchObject({ mode: 'full', linked: 3 })
    const status = (await runCli(['status', '--json', '--no-forum'], space.cliEnv)).json()
    expect(status.lastReconciliation.startedAt).toBe(result.report.startedAt)
  })

  it('exits 2 naming DISCOURSE_API_KEY when the forum rejects the key', async () => {
    const run = await runCli(['push'], { ...space.cliEnv, DISCOURSE_API_KEY: 'wrong-key' })
    expect(exitOf(run)).toBe('exit 2')
    expect(run.stderr).toMatch(/rejected the API key.*DISCOURSE_API_KEY/)
  })

  it('exits 2 naming DISCOURSE_URL when nothing answers there', async () => {
    const run = await runCli(['verify', '--json'], {
      ...space.cliEnv,
      DISCOURSE_URL: `http://127.0.0.1:${await closedPort()}`,
    })
    expect(exitOf(run)).toBe('exit 2')
    expect(run.stderr).toMatch(/unreachable.*DISCOURSE_URL/)
    expect(run.json().error.cause).toBe('unreachable')
  })

  it('exits 2 on a bad variable or an unknown flag', async () => {
    const badEnv = await runCli(['status'], { ...space.cliEnv, DISCOURSE_SYNC_COALESCE_MS: 'soon' })
    expect(exitOf(badEnv)).toBe('exit 2')
    expect(badEnv.stderr).toMatch(/DISCOURSE_SYNC_COALESCE_MS/)
    const badFlag = await runCli(['push', '--everything'], space.cliEnv)
    expect(exitOf(badFlag)).toBe('exit 2')
    expect(badFlag.stderr).toMatch(/unknown option '--everything'/)
  })
})
