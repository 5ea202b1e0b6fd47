// The product the CLI tests run the real CLI against: booted in-process with a fresh simulator
// that allows any request rate and sends no webhooks (the in-process Payload stays idle while
// the CLI runs), and the environment a CLI run gets to reach both.
import { bootWithSimulator, type SpaceWithSimulator } from '@/harness/bootSpace'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { cliEnv } from './runCli'

export type CliSpace = SpaceWithSimulator & {
  /** The variables a CLI run needs (cliEnv): this database, this simulator. */
  cliEnv: Record<string, string>
}

export const bootCliSpace = async (): Promise<CliSpace> => {
  const space = await bootWithSimulator()
  await controlFetch(`${space.simulator.url}/__simulator/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ max_admin_api_reqs_per_minute: 100_000 }),
  })
  await controlFetch(`${space.simulator.url}/__simulator/webhook`, { method: 'DELETE' })
  return { ...space, cliEnv: cliEnv(space) }
}

/** Creates a published story (Local API, no access checks) and answers its id as a string. */
export const publishedStory = async (space: SpaceWithSimulator, slug: string, title: string) =>
  String(
    (
      await space.payload.create({
        collection: 'stories',
        data: {
          title,
          slug,
          status: 'published',
          summary: `The summary of ${title}, long enough for the forum.`,
        },
        overrideAccess: true,
      })
    ).id,
  )
